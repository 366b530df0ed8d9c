# splitlines with different line endings
s = "one\ntwo\r\nthree\rfour\n\nsix"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x".splitlines(True))
