# int.to_bytes in both orders
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 40 + 5]:
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"))
print((1).to_bytes(1, "big"), (0x1234).to_bytes(2, "big"), (0x1234).to_bytes(2, "little"))
