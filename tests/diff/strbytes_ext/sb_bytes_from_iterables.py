# bytes() and bytearray() from various iterables
print(bytes(range(65, 70)), bytearray(x for x in (97, 98)), bytes(b"copy"), bytes(bytearray(2)), bytes(tuple([1, 2])))
print(bytearray("héllo", "utf-8"), len(bytearray("héllo", "utf-8")))
