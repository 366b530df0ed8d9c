# handler order matters: first matching wins
class A(Exception): pass
class B(A): pass
try:
    raise B()
except A:
    print("caught as A")
except B:
    print("caught as B")
try:
    raise A()
except B:
    print("wrong")
except A:
    print("caught A correctly")
