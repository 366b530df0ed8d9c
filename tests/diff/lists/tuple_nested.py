# nested tuples and immutability of contents
t = (1, [2, 3], (4, 5))
t[1].append(99)
print(t, len(t), t[2][1])
try:
    t[1] += [100]
except TypeError:
    print("TypeError", t)
print(((1,),) * 2, ((),), (((),),))
