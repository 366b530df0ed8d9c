# zero-length conversions
print((0).to_bytes(0, "big"), int.from_bytes(b"", "little"))
try:
    (1).to_bytes(0, "big")
except OverflowError:
    print("OverflowError")
