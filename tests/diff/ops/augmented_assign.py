# augmented assignment on names, attributes, items
x = 10
for op in range(1):
    x += 1; x -= 3; x *= 4; x //= 3; x %= 7; x **= 2; x <<= 2; x >>= 1; x &= 0xff; x |= 0x100; x ^= 0x3
print(x)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 5
print(lst)
class O:
    pass
o = O()
o.v = 5
o.v += 7
o.v //= 2
print(o.v)
d = {"k": 1}
d["k"] += 99
print(d)
