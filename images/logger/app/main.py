# Entry point: wires sensors, framing, storage and alarms together with asyncio tasks.
import asyncio
from logger import load_config
from logger.sensors import Sensor
from logger import proto
from logger.store import Store


class Pipeline:
    def __init__(self, cfg):
        self.cfg = cfg
        self.sensors = [Sensor(i, c) for i, c in enumerate(cfg["channels"])]
        self.queue = []
        self.ready = asyncio.Event()
        self.lock = asyncio.Lock()
        self.alarms = []
        self.frames = 0
        self.errors = 0
        self.done = False


async def sampler(p, rounds):
    seq = 0
    for r in range(rounds):
        for s in p.sensors:
            raw, value = s.read()
            frame = proto.encode(p.cfg["frame_magic"], s.index, seq, raw, value)
            if seq % 7 == 3:
                # Corrupt one frame in seven on the "radio link".
                frame = frame[:-1] + bytes([frame[-1] ^ 0x5A])
            async with p.lock:
                p.queue.append(frame)
            seq += 1
        p.ready.set()
        await asyncio.sleep(0)
    p.done = True
    p.ready.set()


async def writer(p, store):
    while True:
        await p.ready.wait()
        p.ready.clear()
        async with p.lock:
            batch, p.queue = p.queue, []
        rows = []
        for frame in batch:
            try:
                channel, seq, raw, value = proto.decode(p.cfg["frame_magic"], frame)
            except proto.FrameError as e:
                p.errors += 1
                print("drop frame:", e)
                continue
            p.frames += 1
            s = p.sensors[channel]
            rows.append((seq, s.name, raw, value))
            if value > s.alarm_above:
                p.alarms.append((seq, s.name, value))
        store.append(rows)
        if p.done and not p.queue:
            return store.lines


async def main():
    cfg = load_config()
    print("device:", cfg["device"], "channels:", ", ".join(c["name"] for c in cfg["channels"]))
    p = Pipeline(cfg)
    store = Store(cfg["log_path"])
    results = await asyncio.gather(sampler(p, cfg["sample_rounds"]), writer(p, store))
    print("lines written:", results[1], "frames ok:", p.frames, "dropped:", p.errors)
    for seq, name, value in p.alarms:
        print("ALARM %s=%.2f at seq %d" % (name, value, seq))
    header, count, crc = store.read_back()
    print("log:", header, count, "lines, crc %08x" % crc, "matches" if crc == store.crc else "MISMATCH")


asyncio.run(main())
