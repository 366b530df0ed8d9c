# passing generator expressions to functions
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(list(x for x in "abc"), tuple(i for i in range(3)), "".join(c for c in "hello" if c != "l"))
