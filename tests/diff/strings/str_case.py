# upper / lower and case predicates
for s in ["Hello World", "ABC", "abc", "123", "", "MiXeD 42!"]:
    print(repr(s), s.upper(), s.lower(), s.isupper(), s.islower())
