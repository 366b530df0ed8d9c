# error cases on list operations
a = [1, 2, 3]
for f in (lambda: a[3], lambda: a[-4], lambda: a["x"], lambda: a.pop(5)):
    try:
        f()
        print("no error")
    except (IndexError, TypeError) as e:
        print(type(e).__name__)
a[-1] = 30
print(a)
