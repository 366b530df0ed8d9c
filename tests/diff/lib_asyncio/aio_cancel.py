# cancelling a task raises CancelledError inside it
import asyncio
async def forever(log):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("got cancel")
        raise
async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(log, t.done())
asyncio.run(main())
