# repr/str of complex numbers
for z in [0j, 1j, complex(0, -1), 2 + 0j, -2.5 + 3j, 1e10j, complex(1, -1), complex(0.5, 0.25)]:
    print(repr(z), str(z))
print(complex(3), complex(2, 5), complex("1+2j"), complex(-1.5))
