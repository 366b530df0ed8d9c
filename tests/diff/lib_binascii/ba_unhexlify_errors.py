# bad hex input
import binascii
for bad in ("0", "zz", "abc"):
    try:
        binascii.unhexlify(bad)
        print("no error")
    except ValueError:
        print("ValueError", bad)
