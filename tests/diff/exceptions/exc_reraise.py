# bare raise re-raises the current exception
def f():
    try:
        raise IndexError("orig")
    except IndexError:
        print("handling")
        raise
try:
    f()
except IndexError as e:
    print("re-raised", e.args)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    g()
except ZeroDivisionError:
    print("ZeroDivisionError again")
