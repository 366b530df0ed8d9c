# waiting on an already-set event returns immediately
import asyncio
async def main():
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    print("passed", ev.is_set())
asyncio.run(main())
