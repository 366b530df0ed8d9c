# comprehensions with filtering and conditional expressions
nums = range(-5, 6)
print([n for n in nums if n > 0 if n % 2])
print([n if n >= 0 else -n for n in nums])
print(["fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)])
