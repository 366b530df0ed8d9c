# bytes with int conversions
b = bytes([1, 2, 3, 4])
print(int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print((258).to_bytes(2, "big"), (258).to_bytes(4, "little"))
print(sum(b), max(b), list(map(hex, b)))
