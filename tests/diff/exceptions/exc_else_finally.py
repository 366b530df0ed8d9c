# else runs only without exception, finally always
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False), run(True))
def only_finally():
    try:
        return "from try"
    finally:
        print("finally runs")
print(only_finally())
