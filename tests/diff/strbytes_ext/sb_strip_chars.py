# strip family with explicit character sets on str and bytes
cases = [("xxabcxx", "x"), ("<<a>>", "<>"), ("123abc321", "123"), ("abc", "xyz"), ("", "a")]
for s, ch in cases:
    print(s.strip(ch), s.lstrip(ch), s.rstrip(ch), s.encode().strip(ch.encode()), s.encode().lstrip(ch.encode()))
