# index / rindex raise ValueError when missing
s = "abracadabra"
print(s.index("a"), s.rindex("a"), s.index("bra"), s.rindex("bra"), s.index("a", 1), s.rindex("a", 0, 5))
for sub in ["z", "abc"]:
    try:
        s.index(sub)
    except ValueError:
        print("ValueError index", sub)
    try:
        s.rindex(sub)
    except ValueError:
        print("ValueError rindex", sub)
