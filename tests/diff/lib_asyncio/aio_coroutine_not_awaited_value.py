# awaiting the same task twice returns its result again
import asyncio
async def val():
    await asyncio.sleep(0)
    return 42
async def main():
    t = asyncio.create_task(val())
    a = await t
    b = await t
    print(a, b, t.done())
asyncio.run(main())
