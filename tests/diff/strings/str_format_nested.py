# nested format fields
w, p = 10, 3
print("[{:{}}]".format("ab", 6), "[{:>{w}}]".format("x", w=w))
print("[{:{w}.{p}f}]".format(3.14159, w=w, p=p))
print("[{0:{1}{2}}]".format("z", "^", 7))
