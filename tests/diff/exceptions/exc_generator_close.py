# GeneratorExit on close, finally runs
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration")
