# default values evaluated once at definition
def f(a, b=10, c="x"):
    return a, b, c
print(f(1), f(1, 2), f(1, c="y"), f(a=0))
n = 5
def g(x=n):
    return x
n = 6
print(g(), g(7))
def acc(v, bucket=[]):
    bucket.append(v)
    return bucket
print(acc(1), acc(2), acc(3, []), acc(4))
def safe(v, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(v)
    return bucket
print(safe(1), safe(2))
