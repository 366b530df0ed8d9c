# raise ... from ... still raises the new exception
class AppError(Exception):
    pass
def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing") from e
try:
    load()
except AppError as e:
    print(type(e).__name__, e.args)
try:
    raise RuntimeError("x") from None
except RuntimeError as e:
    print("RuntimeError", e)
