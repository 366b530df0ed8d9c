# unpacking errors
for src in [(1,), (1, 2, 3), 5, "abc"]:
    try:
        a, b = src
        print(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
