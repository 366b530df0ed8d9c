# exceptions unwind through several frames, running finally blocks
def level3():
    try:
        raise RuntimeError("deep")
    finally:
        print("finally 3")
def level2():
    try:
        level3()
    finally:
        print("finally 2")
def level1():
    try:
        level2()
    except RuntimeError as e:
        print("caught at 1", e.args)
        return "handled"
print(level1())
