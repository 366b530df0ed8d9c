# mutually recursive functions
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(51))
def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))
