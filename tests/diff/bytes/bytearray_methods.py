# bytearray methods returning new objects
ba = bytearray(b"Hello World")
print(ba.upper(), ba.lower(), ba.find(b"o"), ba.count(b"l"), ba.split(b" "))
print(ba.replace(b"World", b"There"), ba.startswith(b"Hell"), ba.hex())
print(bytearray.fromhex("4142"), ba.decode(), ba.strip(b"Hd"))
c = ba
c.append(33)
print(ba, ba is c)
