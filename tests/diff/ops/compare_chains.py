# chained comparisons evaluate each operand once
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] == [5] is not None)
print(1 < 2 > 0 < 4 >= 4 != 5)
