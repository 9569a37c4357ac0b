# Recursive and nested container reprs: lists, dicts, mixed, user __repr__ recursion.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b = [a, [a]]
print(b)
d = {"self": None}
d["self"] = d
print(d)
m = {"list": []}
m["list"].append(m)
m["list"].append([m["list"]])
print(m)
x = []
y = [x]
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t)
s = [set(), frozenset({1})]
print(s, [[[[[]]]]], {"a": {"b": {"c": {}}}}, [(), ((),), [{}]])

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"

root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(Node("leaf"))
print(root)
lst = [1]
lst.append({"k": lst})
print(lst)
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:30], len(repr(deep)))
dv = {"k": 1}
dv["v"] = dv.values()
print(dv.keys(), list(dv.keys()), dv)
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self.other) + ")"

l1 = Loop()
l1.other = [l1]
print(repr(l1))
print([None, True, 1.5, "s", b"b", ...], {1: [2, {3: (4,)}]})
