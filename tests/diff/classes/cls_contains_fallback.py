# membership falls back to __iter__ when __contains__ is missing
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It(), 5 not in It())
