# exceptions from awaited tasks propagate
import asyncio
async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")
async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print("KeyError", e.args)
    print(t.done())
asyncio.run(main())
