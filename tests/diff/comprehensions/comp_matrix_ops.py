# matrix arithmetic with comprehensions
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
mul = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(mul)
print([[A[i][j] + B[i][j] for j in range(2)] for i in range(2)])
print([list(r) for r in zip(*A)])
