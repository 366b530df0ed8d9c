# many tasks each yielding many times
import asyncio
async def count(n, acc):
    for i in range(n):
        acc[0] += 1
        await asyncio.sleep(0)
async def main():
    acc = [0]
    await asyncio.gather(*[count(i, acc) for i in range(20)])
    print(acc[0], sum(range(20)))
asyncio.run(main())
