# wait_for times out on a long sleep
import asyncio
async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), 0.01)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(log)
asyncio.run(main())
