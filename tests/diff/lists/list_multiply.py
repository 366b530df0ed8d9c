# list * int and shared references
a = [0] * 3
b = [[0]] * 3
b[0].append(1)
print(a, b)
c = [[0] for _ in range(3)]
c[0].append(1)
print(c)
print([1, 2] * 0, [1, 2] * -1, 2 * [3])
x = [1]
x *= 3
print(x)
