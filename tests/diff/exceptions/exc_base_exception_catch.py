# except BaseException catches everything
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        raise exc
    except Exception:
        print(exc.__name__, "is Exception")
    except BaseException:
        print(exc.__name__, "only BaseException")
