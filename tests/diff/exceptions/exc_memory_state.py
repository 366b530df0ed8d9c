# state changes before an exception are kept
data = []
def fill(n):
    for i in range(n):
        if i == 3:
            raise IndexError(i)
        data.append(i)
try:
    fill(10)
except IndexError as e:
    print("stopped at", e.args[0])
print(data)
