# counter protected by a lock
import asyncio
async def inc(lock, box, n):
    for _ in range(n):
        async with lock:
            v = box[0]
            await asyncio.sleep(0)
            box[0] = v + 1
async def main():
    lock = asyncio.Lock()
    box = [0]
    await asyncio.gather(inc(lock, box, 10), inc(lock, box, 10), inc(lock, box, 5))
    print(box[0])
asyncio.run(main())
