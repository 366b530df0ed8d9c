# partition/rpartition on bytes
for b in [b"a=b=c", b"none", b"=", b"x="]:
    print(b.partition(b"="), b.rpartition(b"="))
