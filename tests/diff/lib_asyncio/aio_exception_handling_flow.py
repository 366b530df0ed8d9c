# try/except/finally inside coroutines
import asyncio
async def step(i):
    await asyncio.sleep(0)
    if i == 2:
        raise RuntimeError("step %d" % i)
    return i
async def main():
    results = []
    for i in range(4):
        try:
            results.append(await step(i))
        except RuntimeError as e:
            results.append(str(e))
        finally:
            results.append("f")
    print(results)
asyncio.run(main())
