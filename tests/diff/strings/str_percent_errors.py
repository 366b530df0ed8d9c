# %-formatting errors
cases = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__)
