# gather returns results in argument order
import asyncio
async def sq(x):
    for _ in range(x):
        await asyncio.sleep(0)
    return x * x
async def main():
    res = await asyncio.gather(sq(3), sq(1), sq(2), sq(0))
    print(res)
    print(await asyncio.gather())
asyncio.run(main())
