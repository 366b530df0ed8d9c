# Exceptions raised and caught across calls, and closures over cells.
def make_counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        if n % 7 == 0:
            raise ValueError(n)
        return n
    return inc
c = make_counter()
caught = 0
for i in range(120000):
    try:
        c(1)
    except ValueError as e:
        caught += 1
print("exceptions_closures", caught, c(0) if c(0) % 7 else 0)
