# closures over loop-built functions and recursion via closure
def make_fib():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib, memo
fib, memo = make_fib()
print(fib(80), len(memo))
