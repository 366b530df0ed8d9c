# splitlines on str and bytes
for s in ["a\nb", "a\r\nb\r\n", "\n\n", "no newline", "x\ry"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.encode().splitlines())
