# complex arithmetic
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a.real, a.imag, (b.real, -b.imag))
print(abs(3 + 4j), abs(-5j))
print(a == 1 + 2j, a != b, -a, +a)
print(1j * 1j, (2j) * (3j))
