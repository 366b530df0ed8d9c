# memoryview over bytes
m = memoryview(b"hello")
print(len(m), m[0], m[-1], bytes(m), bytes(m[1:3]), list(m[3:]))
try:
    m[0] = 1
except TypeError:
    print("TypeError")
