# f-string float formatting
v = 1234.5678
w = 7
p = 2
print(f"{v}|{v:.1f}|{v:10.2f}|{v:<10.2f}|{v:>12.4f}|{v:e}")
print(f"{v:{w}.{p}f}|{-v:.3f}|{v/3:.5f}")
print(f"{0.1 + 0.2:.3f} {1e-3:.2e} {100.0:g}")
