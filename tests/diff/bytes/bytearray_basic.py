# bytearray is mutable
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba), ba[1], ba[-1])
ba.append(33)
ba.extend(b" ok")
print(ba, bytes(ba))
ba[1:3] = b"EE"
print(ba)
ba += b"!"
print(ba, type(ba).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray(b"x") == b"x")
