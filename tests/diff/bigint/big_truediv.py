# big int true division gives floats
print(2 ** 70 / 2 ** 68, (10 ** 30) / (10 ** 28))
print(10 ** 20 / 4, 2 ** 64 / 2)
print(1 / 2 ** 10, -(2 ** 80) / 2 ** 79)
print(type(10 ** 25 / 5).__name__)
