# dict() forms
print(sorted(dict(a=1, b=2).items()))
print(sorted(dict([("x", 1), ("y", 2)]).items()))
print(sorted(dict({"p": 1}, q=2).items()))
print(sorted(dict(zip("abc", range(3))).items()))
print(sorted(dict(((i, i * i) for i in range(4))).items()))
try:
    dict([1, 2])
except (TypeError, ValueError) as e:
    print(type(e).__name__)
