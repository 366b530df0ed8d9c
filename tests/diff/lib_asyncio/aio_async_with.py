# async context managers
import asyncio
class Res:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append("exit %s" % (et.__name__ if et else None))
        return False
async def main():
    log = []
    async with Res(log) as r:
        log.append("body")
    try:
        async with Res(log):
            raise ValueError
    except ValueError:
        log.append("caught")
    print(log)
asyncio.run(main())
