# explicit acquire/release
import asyncio
async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
asyncio.run(main())
