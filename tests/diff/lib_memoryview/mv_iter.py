# iterating a memoryview
m = memoryview(b"\x01\x02\x03")
print(sum(m), [x * 10 for x in m], max(m))
