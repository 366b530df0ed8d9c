# + and * on strings
a, b = "ab", "cd"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 5)
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" * 1.5
except TypeError:
    print("TypeError")
