# global declarations
total = 0
def add(n):
    global total
    total += n
    return total
print(add(5), add(7), total)
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
def shadow():
    total = -1
    return total
print(shadow(), total)
