# Register liveness across calls in traced loops: a call reads the
# caller's named variables (locals(), eval(), a callee's
# sys._getframe(1).f_locals) and its own operands, never its temporaries.
# The loops below leave their traces at guards before, between and after
# calls (an int among the floats, a callee that changes type, the loop's
# end) and then read locals, method results and call results, so a
# register wrongly taken as dead would print a wrong value.
import sys


def peek():
    f = sys._getframe(1).f_locals
    return sorted(k for k in f if not k.startswith("_"))


def scale(x, k):
    return x * k


def body(v, n):
    out = []
    s = 0.0
    for i in range(n):
        for j in range(len(v)):
            s += scale(v[j], 0.5) * scale(i, 2)
        out.append(s)
        if i == n - 1:
            names = peek()
    return s, out[-3:], names, sorted(locals())


def evaluated(n):
    acc = 0
    for i in range(n):
        acc += eval("i * 2") if i % 500 == 0 else i
    return acc


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total


def methods(n):
    a = Acc()
    last = 0
    for i in range(n):
        last = a.add(i) - a.add(-i)
        if i == n // 2:
            a.total = 0.5  # the method's result changes type
    return last, a.total


def typechange(v):
    s = 0.0
    for j in range(len(v)):
        s += scale(v[j], 3)
    return s


v = [0.5] * 40
print(body(v, 300))
print(evaluated(5000))
print(methods(4000))
w = [0.25] * 3000
w[2000] = 7
w[2500] = "x" * 0 or 1
print(typechange(w))
