# f-strings with expressions
name, n = "world", 3
print(f"hello {name}", f"{n + 1}", f"{n * 'ab'}", f"{name!r}", f"{'nested'}")
print(f"{n:5}|{n:<5}|{n:05}|{n:x}|{255:#x}")
items = [1, 2, 3]
print(f"{len(items)} items: {items}", f"{items[0]}{items[-1]}", f"{{literal}}")
d = {"k": "v"}
print(f"{d['k']}", f"{'yes' if n > 2 else 'no'}")
