# tuple swaps and rotations
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
lst[i], i = 99, 2
print(lst, i)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(n) for n in range(12)])
