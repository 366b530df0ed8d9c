# infinity arithmetic
inf = float("inf")
print(inf, -inf, inf + 1, inf * 2, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, inf - 1e308 == inf)
print(inf * 0 != inf * 0)
print(max(1.0, inf), min(-inf, 0))
try:
    int(inf)
except OverflowError:
    print("OverflowError")
