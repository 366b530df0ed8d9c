# str slicing with step 1 and negative indices
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[:], s[5:2], s[100:], s[-100:3])
print(s[0], s[-1], s[9])
for i in range(-3, 4):
    print(i, s[i:], s[:i])
try:
    s[10]
except IndexError:
    print("IndexError")
