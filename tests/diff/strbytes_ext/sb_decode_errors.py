# invalid UTF-8 raises UnicodeError
for bad in [b"\xff", b"\xc3", b"abc\x80"]:
    try:
        bad.decode()
        print("decoded")
    except UnicodeError:
        print("UnicodeError", bad)
