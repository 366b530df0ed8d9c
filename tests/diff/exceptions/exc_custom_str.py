# custom __str__ on exceptions
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
try:
    raise MyErr(404, "missing")
except MyErr as e:
    print(str(e), e.code, e.args)
print("%s" % MyErr(1, "x"))
