# math module constants and simple functions
import math
print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(16), math.sqrt(2), math.fabs(-3.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.1)).__name__, type(math.trunc(2.1)).__name__)
print(math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.modf(-3.25))
print(math.factorial(10), math.factorial(0))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError")
