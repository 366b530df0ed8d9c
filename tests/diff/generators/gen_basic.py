# simple generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), list(count_up(0)), sum(count_up(101)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "end"))
def letters():
    yield "a"
    yield "b"
    yield "c"
print("".join(letters()), list(zip(letters(), count_up(10))))
