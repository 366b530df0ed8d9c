# exception inside an except block
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError:
    print("IndexError from handler")
try:
    try:
        raise ValueError
    except ValueError:
        pass
    print("recovered")
except Exception:
    print("not reached")
