# startswith / endswith incl. tuples and ranges
s = "filename.py"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""))
print(s.endswith(".py"), s.endswith(".txt"), s.endswith("name", 0, 8), s.endswith(("a", "y")))
print(s.startswith(("x", "f")), s.startswith(("x", "y")), "".startswith(""), "".endswith("a"))
