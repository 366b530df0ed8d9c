# retry loop with exceptions
attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise ConnectionAbortedError if False else OSError("try again")
    return "ok at %d" % n
for n in range(10):
    try:
        r = flaky(n)
    except OSError as e:
        print("fail", n, e.args)
        continue
    print(r)
    break
print(attempts)
