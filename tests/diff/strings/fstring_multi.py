# f-strings across calls and loops
def fmt(a, b):
    return f"{a}+{b}={a + b}"
for i in range(4):
    print(fmt(i, i * i), f"{i:>3}{i * 2:>4}")
w = 6
print(f"[{'c':^{w}}]", f"[{3.14159:.{2}f}]")
