# wait_for on an already-finished task
import asyncio
async def quick():
    return "done"
async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(t.done(), await asyncio.wait_for(t, 1))
asyncio.run(main())
