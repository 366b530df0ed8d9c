# mutating a bytearray in many ways
ba = bytearray()
ba.append(1)
ba.extend([2, 3])
ba.extend(b"\x04")
ba += bytearray(b"\x05")
ba[0] = 0
ba[1:3] = b"\x09\x09\x09"
print(ba, len(ba), list(ba))
ba[:] = b"reset"
print(ba)
