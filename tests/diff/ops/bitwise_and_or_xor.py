# bitwise and/or/xor with positives and negatives
vals = [0, 1, 5, 12, 255, -1, -2, -6, -256]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
