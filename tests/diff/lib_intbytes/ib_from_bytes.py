# int.from_bytes
for b in [b"", b"\x00", b"\x01", b"\xff", b"\x01\x00", b"\x00\x01", b"\xde\xad\xbe\xef", bytes(range(1, 9))]:
    print(b, int.from_bytes(b, "big"), int.from_bytes(b, "little"))
