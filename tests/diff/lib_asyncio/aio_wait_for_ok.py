# wait_for returns the value when the coroutine finishes in time
import asyncio
async def quick():
    await asyncio.sleep(0)
    return "quick result"
async def main():
    print(await asyncio.wait_for(quick(), 5))
asyncio.run(main())
