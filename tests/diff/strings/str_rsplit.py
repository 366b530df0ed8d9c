# rsplit counts from the right
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","))
print("a b  c d".rsplit(" ", 1), "  x y  ".rsplit())
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1))
print("aaa".rsplit("a"), "".rsplit("x"))
