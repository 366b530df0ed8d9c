# abs and sign tricks
for x in [0, 5, -5, 2**40, -(2**40), True, False]:
    print(x, abs(x), (x > 0) - (x < 0))
print(abs(-0), abs(-7) == 7)
print(max(-3, 3, key=abs), min([-4, 2, -1], key=abs))
