# basic try/except with several handlers
def risky(k):
    if k == 0:
        return 1 // 0
    if k == 1:
        return [][1]
    if k == 2:
        return {}["x"]
    if k == 3:
        return int("x")
    if k == 4:
        return None + 1
    return "fine"
for k in range(6):
    try:
        print(k, risky(k))
    except ZeroDivisionError:
        print(k, "ZeroDivisionError")
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__)
    except Exception as e:
        print(k, "other", type(e).__name__)
