# building bytes from computations
data = bytes((i * 37) & 0xff for i in range(16))
print(data, data.hex())
checksum = 0
for x in data:
    checksum = (checksum * 31 + x) & 0xffffffff
print(checksum)
print(bytes(reversed(data[:4])), bytes(sorted(data[:6])))
