# memoizing decorator with dict cache
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
calls = [0]
@memo
def slow_sq(n):
    calls[0] += 1
    return n * n
print([slow_sq(i % 4) for i in range(12)], calls[0])
