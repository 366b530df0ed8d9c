# tasks complete in step order
import asyncio
done = []
async def steps(name, n):
    for _ in range(n):
        await asyncio.sleep(0)
    done.append(name)
async def main():
    await asyncio.gather(steps("three", 3), steps("one", 1), steps("two", 2), steps("zero", 0))
    print(done)
asyncio.run(main())
