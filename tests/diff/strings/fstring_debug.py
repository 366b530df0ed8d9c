# DIFF: MicroPython formats f"{expr=}" with str() where CPython uses repr()
x = 10
y = "s"
print(f"{x=}", f"{y=}", f"{x + 1=}")
print(f"{y * 2=}", f"{[x]=}")
