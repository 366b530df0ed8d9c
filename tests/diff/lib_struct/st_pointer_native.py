# native pointer-size format
import struct
print(struct.calcsize("P"), struct.pack("<P", 5) if False else struct.calcsize("@Q"))
