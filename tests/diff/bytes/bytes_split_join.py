# split/join over bytes records
rec = b"name=ada;lang=py;year=1843"
fields = rec.split(b";")
print(fields)
pairs = [f.split(b"=") for f in fields]
print(pairs)
print(b"&".join(k + b":" + v for k, v in pairs))
print(b"a  b".split(b" "), b"  a  b  ".split())
