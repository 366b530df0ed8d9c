# assignment expressions in comprehensions
vals = [3, 8, 1, 9, 4]
print([y for x in vals if (y := x * 3) > 10])
def run(vals):
    total = 0
    out = [total := total + v for v in vals]
    return out, total
print(run(vals))
