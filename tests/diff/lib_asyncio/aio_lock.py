# Lock serialises critical sections
import asyncio
async def critical(lock, name, log):
    async with lock:
        log.append(name + "-in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + "-out")
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(critical(lock, "a", log), critical(lock, "b", log), critical(lock, "c", log))
    ok = all(log[i].split("-")[0] == log[i + 1].split("-")[0] for i in range(0, len(log), 2))
    print(ok, len(log), lock.locked())
asyncio.run(main())
