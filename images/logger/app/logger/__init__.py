# Field logger: reads sensors on a schedule, frames readings with a CRC, stores them on the
# FAT volume and reports alarms. Written for MicroPython (asyncio, struct, binascii, json).
from .config import load_config

__all__ = ["load_config"]
