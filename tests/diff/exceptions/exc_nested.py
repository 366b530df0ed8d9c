# nested try blocks
def f():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e.args)
    finally:
        print("outer finally")
f()
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
except ValueError as e:
    print("got", type(e).__name__, e.args)
