# index/rindex with ranges on str
s = "0123401234"
print(s.index("1"), s.index("1", 2), s.rindex("1"), s.rindex("1", 0, 5), s.index("34", 5))
for args in (("1", 7), ("9",)):
    try:
        s.index(*args)
    except ValueError:
        print("ValueError", args)
