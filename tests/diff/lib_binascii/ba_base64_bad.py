# invalid base64 padding
import binascii
for bad in (b"Zg=", b"Z"):
    try:
        r = binascii.a2b_base64(bad)
        print("decoded", r)
    except ValueError:
        print("ValueError", bad)
