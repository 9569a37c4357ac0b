# Subclasses of builtin types: list, dict and int.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class Counter(dict):
    def __missing__(self, key):
        return 0


class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list))
c = Counter()
c["a"] += 1
print(c["a"], c["zzz"], c)
print(Meters(5) + 2, repr(Meters(7)), [Meters(1)])
