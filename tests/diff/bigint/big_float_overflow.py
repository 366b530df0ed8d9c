# DIFF: MicroPython float() of a huge int gives inf instead of raising OverflowError
for e in (300, 400, 1000):
    try:
        v = float(10 ** e)
        print(e, v)
    except OverflowError:
        print(e, "OverflowError")
try:
    print((10 ** 400) / 3 > 0)
except OverflowError:
    print("OverflowError div")
