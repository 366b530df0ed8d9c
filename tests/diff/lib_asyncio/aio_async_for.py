# async iterators
import asyncio
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i
async def main():
    out = []
    async for v in Ticker(4):
        out.append(v)
    print(out)
asyncio.run(main())
