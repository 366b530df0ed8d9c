# a larger array built incrementally
from array import array
a = array("i")
for i in range(200):
    a.append(i * i)
print(len(a), a[199], sum(a), a[100:103])
