# pow builtin
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(-8, 3), pow(3, 4, 5), pow(10, 0))
try:
    pow(2, -1, 5) if False else pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 2, 3)
except TypeError:
    print("TypeError")
