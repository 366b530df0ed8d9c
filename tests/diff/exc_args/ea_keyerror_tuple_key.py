# KeyError args with tuple keys
d = {}
try:
    d[(1, 2)]
except KeyError as e:
    print(e.args, e.args[0])
