# the except variable is unbound after the handler
try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err.args)
try:
    err
    print("still bound")
except NameError:
    print("NameError: err unbound")
