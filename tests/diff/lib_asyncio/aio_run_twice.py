# asyncio.run can be called repeatedly
import asyncio
async def v(x):
    await asyncio.sleep(0)
    return x
print(asyncio.run(v(1)), asyncio.run(v("two")), asyncio.run(v([3])))
