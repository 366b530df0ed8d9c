# deep chains of awaits
import asyncio
async def depth(n):
    if n == 0:
        return 0
    await asyncio.sleep(0)
    return 1 + await depth(n - 1)
print(asyncio.run(depth(30)))
