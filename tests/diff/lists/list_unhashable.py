# lists are unhashable
try:
    {[1]: 1}
except TypeError:
    print("TypeError dict")
try:
    {[1]}
except TypeError:
    print("TypeError set")
try:
    hash([])
except TypeError:
    print("TypeError hash")
print({(1, 2): "tuple ok"}[(1, 2)])
