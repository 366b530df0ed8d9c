# to_bytes raises OverflowError when too small
for n, size in [(256, 1), (65536, 2), (2 ** 64, 8)]:
    try:
        n.to_bytes(size, "big")
        print("fit")
    except OverflowError:
        print("OverflowError", n, size)
