# slicing with steps and negatives
a = list(range(10))
print(a[2:8], a[2:8:2], a[::3], a[::-1], a[::-2], a[8:2:-1], a[8:2:-3], a[-3:], a[:-7])
print(a[100:], a[-100:2], a[5:5], a[7:3], a[1:-1:4])
try:
    a[::0]
except ValueError:
    print("ValueError")
