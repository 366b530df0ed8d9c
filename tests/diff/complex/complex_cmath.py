# cmath basics
import cmath
z = cmath.sqrt(-4)
print(round(z.real, 9) == 0, z.imag, cmath.sqrt(4))
print(round(cmath.phase(1j), 6), round(cmath.phase(-1), 6))
r, p = cmath.polar(3 + 4j)
print(r, round(p, 6))
z = cmath.rect(2, 0)
print(z.real, round(z.imag, 9))
e = cmath.exp(1j * cmath.pi)
print(round(e.real, 9), round(e.imag, 9) == 0)
