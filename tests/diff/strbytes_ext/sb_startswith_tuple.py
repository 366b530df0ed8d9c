# startswith/endswith with tuples and ranges
s = "prefix_body_suffix"
b = s.encode()
print(s.startswith(("pre", "x")), s.endswith(("fix", "y")), s.startswith("body", 7), s.endswith("body", 0, 11))
print(b.startswith(b"pre"), b.endswith(b"fix"), b.startswith(b"body", 7), b.endswith(b"body", 0, 11))
