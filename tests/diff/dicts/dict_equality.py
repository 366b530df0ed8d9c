# dict equality ignores order
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: [1]} == {1: [1]})
b["y"] = 3
print(a == b)
try:
    a < b
except TypeError:
    print("TypeError")
