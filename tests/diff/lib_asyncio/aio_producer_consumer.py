# producer/consumer with a list and an Event
import asyncio
async def producer(buf, ev, n):
    for i in range(n):
        buf.append(i)
        ev.set()
        await asyncio.sleep(0)
    buf.append(None)
    ev.set()
async def consumer(buf, ev, out):
    while True:
        await ev.wait()
        ev.clear()
        while buf:
            v = buf.pop(0)
            if v is None:
                return
            out.append(v * 10)
async def main():
    buf, out = [], []
    ev = asyncio.Event()
    await asyncio.gather(producer(buf, ev, 5), consumer(buf, ev, out))
    print(out)
asyncio.run(main())
