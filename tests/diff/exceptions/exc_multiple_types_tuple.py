# except with a tuple of types stored in a variable
errs = (ValueError, ZeroDivisionError)
for f in (lambda: int("x"), lambda: 1 / 0, lambda: [][0]):
    try:
        f()
    except errs as e:
        print("tuple caught", type(e).__name__)
    except IndexError:
        print("IndexError separately")
