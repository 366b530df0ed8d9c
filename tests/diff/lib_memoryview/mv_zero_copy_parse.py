# parsing a buffer through memoryview slices
data = b"\x03abc\x02de\x01f"
m = memoryview(data)
out = []
i = 0
while i < len(m):
    n = m[i]
    out.append(bytes(m[i + 1:i + 1 + n]))
    i += 1 + n
print(out)
