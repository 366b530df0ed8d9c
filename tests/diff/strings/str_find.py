# find / rfind with start and end
s = "hello world, hello python"
for sub in ["hello", "o", "python", "xyz", "", "d, h"]:
    print(repr(sub), s.find(sub), s.rfind(sub))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -6), s.rfind("o", 0, 10), s.rfind("l", -10, -3))
print(s.find("h", 100), s.rfind("", 3), s.find("", 25))
