# rsplit with an explicit separator and count
s = "k1=v1;k2=v2;k3=v3"
for n in range(4):
    print(n, s.rsplit(";", n), s.encode().rsplit(b";", n))
