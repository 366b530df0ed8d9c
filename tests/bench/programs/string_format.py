# String formatting: %, str.format and f-strings, joins and splits.
out = []
for i in range(60000):
    out.append("%d:%05.2f" % (i, i / 7))
    out.append("{:>8}|{:<6}".format(i, i % 13))
    out.append(f"{i:x}-{i * 3}")
text = ",".join(out[-300:])
print("string_format", len(out), len(text), text.split(",")[7])
