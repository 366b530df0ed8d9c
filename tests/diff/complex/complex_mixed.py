# mixing complex with int and float
z = 2 + 3j
print(z + 1, z * 2, z - 1.5, z / 2, 1 / (1j))
print(2 * z == z + z, (z * z).real, (z * z).imag)
print(type(z + 1).__name__, type(1j * 0).__name__)
