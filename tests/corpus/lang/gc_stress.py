# Allocation-heavy code: many short-lived objects (exercises the collector).
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


total = 0
for round_ in range(30):
    h = build(2000)
    s = 0
    while h is not None:
        s += h.v
        h = h.nxt
    total += s
print(total)
strs = [str(i) * 3 for i in range(20000)]
print(len(strs), strs[-1], sum(len(s) for s in strs))
d = {}
for i in range(50000):
    d[i % 1000] = [i, str(i)]
print(len(d), d[999])
