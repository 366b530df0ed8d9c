# break/continue through finally
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
i = 0
while True:
    try:
        i += 1
        if i > 2:
            break
    finally:
        out.append("w%d" % i)
print(out)
