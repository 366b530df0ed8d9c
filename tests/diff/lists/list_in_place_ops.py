# in-place modifications through aliases
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
def mutate(lst):
    lst.append("m")
    lst[0] = "z"
mutate(a)
print(a)
