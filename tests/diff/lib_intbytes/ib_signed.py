# signed conversions
for n in [-1, -128, 127, -32768, 1000, -1000]:
    b = n.to_bytes(4, "little", signed=True)
    print(n, b, int.from_bytes(b, "little", signed=True) if False else int.from_bytes(b, "little") - (1 << 32 if b[-1] & 0x80 else 0))
