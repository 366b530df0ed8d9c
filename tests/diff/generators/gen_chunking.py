# splitting sequences into chunks
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)), list(chunks([], 4)))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(windows([1, 2, 3, 4, 5], 3)))
