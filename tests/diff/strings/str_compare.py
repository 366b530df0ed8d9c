# string comparison is lexicographic by code point
words = ["banana", "Apple", "apple", "cherry", "", "a", "B", "ba"]
print(sorted(words))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print(max(words), min(words), "abc" == "abc", "abc" != "abd")
