# subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s.peek(), len(s), s.pop(), list(s), isinstance(s, list), s[0], sum(s))
