# a simple email-like validator
import re
pat = re.compile("^[a-z0-9._]+@[a-z0-9]+\\.[a-z]+$")
for s in ["ann@example.com", "bob.smith@mail.org", "bad@", "@x.com", "a@b.c", "UP@CASE.com", "x y@z.com"]:
    print(s, pat.match(s) is not None)
