# re-implementing range as a generator
def my_range(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ValueError("step")
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        yield i
        i += step
for args in [(5,), (2, 8), (10, 0, -3), (0, 10, 4), (3, 3)]:
    print(args, list(my_range(*args)), list(my_range(*args)) == list(range(*args)))
try:
    list(my_range(1, 2, 0))
except ValueError:
    print("ValueError")
