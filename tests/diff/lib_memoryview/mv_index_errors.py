# index errors
m = memoryview(b"ab")
try:
    m[2]
except IndexError:
    print("IndexError")
print(m[-2])
