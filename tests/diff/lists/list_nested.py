# nested lists as matrices
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
print([row[1] for row in m], sum(sum(r) for r in m), [m[i][i] for i in range(3)])
m[1][1] = "X"
print(m)
