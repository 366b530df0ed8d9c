# join requires matching types
print(b"".join([b"a", bytearray(b"b")]), "-".join(("x", "y")), bytearray(b",").join([b"1", b"2"]))
for bad in ([1, 2], ["a"]):
    try:
        b"".join(bad)
        print("joined")
    except TypeError:
        print("TypeError")
