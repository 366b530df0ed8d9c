# Binary frames: magic, channel, sequence, raw value, value as float, CRC-32 of the rest.
import struct
import binascii

HEADER = "<BBHHf"
HEADER_SIZE = struct.calcsize(HEADER)


class FrameError(Exception):
    pass


def encode(magic, channel, seq, raw, value):
    body = struct.pack(HEADER, magic, channel, seq, raw, value)
    return body + struct.pack("<I", binascii.crc32(body) & 0xFFFFFFFF)


def decode(magic, frame):
    if len(frame) != HEADER_SIZE + 4:
        raise FrameError("length %d" % len(frame))
    body = frame[:HEADER_SIZE]
    (crc,) = struct.unpack("<I", frame[HEADER_SIZE:])
    if crc != binascii.crc32(body) & 0xFFFFFFFF:
        raise FrameError("crc mismatch")
    m, channel, seq, raw, value = struct.unpack(HEADER, body)
    if m != magic:
        raise FrameError("bad magic %d" % m)
    return channel, seq, raw, round(value, 2)
