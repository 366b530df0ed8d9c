# sort with key and reverse, stability
words = ["banana", "Apple", "cherry", "date", "fig", "elderberry", "kiwis", "a"]
a = sorted(words)
print(a)
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
