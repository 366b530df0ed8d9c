# size mismatches raise
import struct
for fmt, data in (("<I", b"\x01\x02"), ("<Q", b"")):
    try:
        struct.unpack(fmt, data)
        print("no error")
    except Exception as e:
        print(type(e).__name__ in ("ValueError", "error"))
