# catching via base classes
tests = [lambda: 1 // 0, lambda: [][0], lambda: {}[0], lambda: undefined_name, lambda: (1).x, lambda: int("z")]
for t in tests:
    try:
        t()
    except ArithmeticError:
        print("ArithmeticError")
    except LookupError as e:
        print("LookupError", type(e).__name__)
    except (NameError, AttributeError) as e:
        print("Name/Attr", type(e).__name__)
    except Exception as e:
        print("Exception", type(e).__name__)
