# The truth of lists and instances in traced loops: `while stack:`,
# `if node:` with None or an instance, and the ways it changes mid-loop:
# __bool__ or __len__ added to the class, an instance of a class with
# __bool__ appearing, a list subclass with __len__.

stack = list(range(3000))
total = 0
while stack:
    total += stack.pop()
print(total, stack)


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


head = None
for i in range(2000):
    head = Node(i, head)
n, t = head, 0
while n:
    t += n.v
    n = n.nxt
print(t)

# not all items are true: empty lists, None, instances
items = [[1], [], None, Node(1, None), [0, 0]] * 500
count = 0
for x in items:
    if x:
        count += 1
print(count)


# __bool__ added to the class mid-loop
class Flag:
    pass


flags = [Flag() for _ in range(2000)]
count = 0
for i in range(len(flags)):
    f = flags[i]
    if f:
        count += 1
    if i == 1200:
        Flag.__bool__ = lambda self: False
print(count)
del Flag.__bool__
Flag.__len__ = lambda self: 0
print(sum(1 for f in flags if f))


# an instance of a class with __bool__ among plain ones
class No:
    def __bool__(self):
        return False


class Yes:
    pass


mix = [Yes() for _ in range(1500)]
mix[1000] = No()
count = 0
for m in mix:
    if not m:
        count += 100
    else:
        count += 1
print(count)


class Sized(list):
    def __len__(self):
        return 0


sz = Sized([1, 2])
c = 0
for i in range(1500):
    if sz:
        c += 1
print(c)


class Bad:
    def __bool__(self):
        return "yes"


objs = [Yes()] * 1500 + [Bad()]
try:
    for o in objs:
        if o:
            pass
except TypeError as e:
    print(type(e).__name__, e)
print(Yes().missing)
