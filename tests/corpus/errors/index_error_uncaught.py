# IndexError from a list subscript inside a method, uncaught.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def peek(self):
        return self.items[-1]
    def pop(self):
        return self.items.pop()

s = Stack()
s.push(1)
print(s.peek(), s.pop())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(s.peek())
