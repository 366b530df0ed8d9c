# chr and ord
print([ord(c) for c in "Az09 ~"], [chr(i) for i in (65, 97, 48, 32, 126)])
print(ord("é"), ord("€"), chr(233), chr(0x20AC), ord(chr(0x10FFFF)) == 0x10FFFF)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError:
        print("TypeError")
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
