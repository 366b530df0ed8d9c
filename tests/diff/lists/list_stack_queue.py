# list as stack and queue
stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
q = []
for i in range(5):
    q.append(i)
print(q.pop(0), q.pop(0), q)
