# reversed and sorted
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))), list(reversed("abc")))
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted([-3, 2, -1], key=abs, reverse=True))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
