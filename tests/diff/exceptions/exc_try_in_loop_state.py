# loop state preserved across handled exceptions
results = []
for x in [2, 0, "a", 5, None, 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
print(results)
