# custom exception hierarchies
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NotFound(DbError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
for exc in (NotFound("k1"), DbError("db"), AppError("app"), ValueError("v")):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e.key, e.args)
    except DbError as e:
        print("DbError", e.args)
    except AppError as e:
        print("AppError", e)
    except Exception as e:
        print("Exception", type(e).__name__)
print(issubclass(NotFound, AppError), isinstance(NotFound("x"), Exception))
