# a2b_base64
import binascii
for s in [b"", b"Zg==", b"Zm8=", b"Zm9v", b"Zm9vYmFy", b"AAECAwQFBgcICQ==", "aGVsbG8=", b"aGVs\nbG8="]:
    print(s, binascii.a2b_base64(s))
