# gather propagates the first exception; return_exceptions collects them
import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(v):
    await asyncio.sleep(0)
    raise ValueError(v)
async def main():
    try:
        await asyncio.gather(ok(1), bad(2))
    except ValueError as e:
        print("ValueError", e.args)
    res = await asyncio.gather(ok(1), bad(3), ok(4), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
asyncio.run(main())
