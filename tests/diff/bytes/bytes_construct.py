# ways to construct bytes
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"xy"), bytes("hé", "utf-8"))
print(b"abc", b"\x00\xff", b"a\nb", b"'", b'"', b"\\")
print(bytes(bytearray(b"q")), len(bytes(10)))
for bad in ([256], [-1]):
    try:
        bytes(bad)
    except ValueError:
        print("ValueError")
try:
    bytes("abc")
except TypeError:
    print("TypeError")
