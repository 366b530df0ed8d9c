# DIFF: MicroPython has no generator finalizer: a generator abandoned by break never runs its finally block
# breaking out of a for loop over a generator
def g():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("gen finally")
for x in g():
    print(x)
    if x == 2:
        break
print("after loop")
