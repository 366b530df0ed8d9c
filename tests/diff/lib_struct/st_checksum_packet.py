# build a packet with a checksum
import struct
payload = b"hello"
header = struct.pack(">BBH", 1, 2, len(payload))
csum = sum(header + payload) & 0xffff
pkt = header + payload + struct.pack(">H", csum)
print(pkt.hex(), len(pkt))
v, t, n = struct.unpack_from(">BBH", pkt)
body = pkt[4:4 + n]
(c,) = struct.unpack_from(">H", pkt, 4 + n)
print(v, t, n, body, c == (sum(pkt[:4 + n]) & 0xffff))
