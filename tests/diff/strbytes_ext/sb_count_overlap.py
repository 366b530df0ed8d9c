# count does not overlap
for s in ["aaaa", "abababa", "aaa aaa"]:
    print(s, s.count("aa"), s.count("aba"), s.encode().count(b"aa"))
