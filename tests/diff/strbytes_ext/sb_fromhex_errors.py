# fromhex with bad input
for bad in ("0", "zz", "0g"):
    try:
        bytes.fromhex(bad)
        print("parsed")
    except ValueError:
        print("ValueError", bad)
