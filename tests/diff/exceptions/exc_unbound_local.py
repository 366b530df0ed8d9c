# reading a local before assignment raises NameError (UnboundLocalError in CPython)
count = 10
def f():
    try:
        count += 1
    except NameError:
        return "NameError"
    return count
print(f())
