# triple-quoted and implicit concatenation
s = """line one
line two
  indented"""
print(s)
print(len(s.splitlines()))
t = ("part1 "
     "part2 "
     "part3")
print(t)
r = r"raw\nstring\t"
print(r, len(r))
