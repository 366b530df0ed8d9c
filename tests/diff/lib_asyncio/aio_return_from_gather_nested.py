# nested gathers
import asyncio
async def leaf(v):
    await asyncio.sleep(0)
    return v
async def branch(base):
    return await asyncio.gather(leaf(base), leaf(base + 1))
async def main():
    print(await asyncio.gather(branch(0), branch(10), branch(20)))
asyncio.run(main())
