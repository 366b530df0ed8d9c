# abs, divmod, round
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(round(3.7), round(-3.7), round(4.5), round(5.5), round(0.123456, 3), round(1234, -2), round(7, 0))
class R:
    def __abs__(self):
        return "abs!"
print(abs(R()))
