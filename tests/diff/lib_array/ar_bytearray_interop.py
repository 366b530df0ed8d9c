# array and bytearray share the buffer protocol
from array import array
a = array("B", [65, 66, 67])
print(bytearray(a), bytes(a).decode())
