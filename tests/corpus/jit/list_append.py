# list.append and list.pop() inside traced loops: the trace stores into the list's
# storage while it has room and exits at the append that must grow it
# (the interpreter grows it and the trace goes on), items of every type,
# appends to the list being iterated, to a list that is an item of
# itself, through a list subclass, a stored bound method, and wrong calls.

def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


r = squares(5000)
print(len(r), sum(r), r[:4], r[-2:])


def mixed(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            out.append(i)
        elif i % 3 == 1:
            out.append(i * 0.5)
        else:
            out.append(None)
    return out


m = mixed(3000)
print(len(m), m[:6], m.count(None), sum(x for x in m if x is not None))

# strings and tuples built outside the loop
words = ["a", "bb", "ccc"]
acc = []
for i in range(2000):
    acc.append(words[i % 3])
print(len(acc), "".join(acc[:7]), acc.count("bb"))

# the list being iterated grows
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 4000:
        lst.append(x + 1)
print(len(lst), sum(lst), lst[-3:])

# a list appended to itself
me = []
for i in range(1500):
    if i % 500 == 0:
        me.append(me)
    else:
        me.append(i)
print(len(me), me[0] is me, me[1], me[-1])


# a list subclass and a stored bound method: not traced the same way
class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


ml = MyList()
plain = []
ap = plain.append
for i in range(2000):
    ml.append(i)
    ap(i)
print(len(ml), ml[:3], sum(ml), len(plain), sum(plain))

# another list replaces the one appended to mid-loop
a, b = [], []
target = a
for i in range(3000):
    target.append(i)
    if i == 1000:
        target = b
print(len(a), len(b), b[0])

# append with no or two arguments raises
try:
    for i in range(2000):
        if i < 1999:
            a.append(i)
        else:
            a.append(i, i)
except TypeError as e:
    print(type(e).__name__, e, len(a))


# pop: a stack in a loop, items of several types, popping until empty
stack = []
total = 0
for i in range(3000):
    stack.append(i)
    stack.append(i * 0.5)
    f = stack.pop()
    total += stack.pop() + f
print(total, len(stack))
items = [None, 1, 2.5, "s", (1,), True] * 300
seen = []
while items:
    seen.append(items.pop())
print(len(seen), seen[:6], items)
try:
    st = list(range(1500))
    t = 0
    for i in range(2000):
        t += st.pop()
except IndexError as e:
    print(type(e).__name__, e, t, i)
st = list(range(3000))
t = 0
for i in range(1000):
    t += st.pop(0) + st.pop(-1)
print(t, len(st))
x = []
for i in range(1000):
    x.append()
