# partition / rpartition
for s in ["key=value", "key=a=b", "novalue", "=x", "x="]:
    print(s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
