# gather over tasks created earlier
import asyncio
async def job(i):
    for _ in range(i % 3):
        await asyncio.sleep(0)
    return i * 100
async def main():
    ts = [asyncio.create_task(job(i)) for i in range(6)]
    print(await asyncio.gather(*ts))
    print(all(t.done() for t in ts))
asyncio.run(main())
