# replace with count
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("x", "y"), s.replace(" ", ""), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), "".replace("", "x"), "abc".replace("abc", ""))
