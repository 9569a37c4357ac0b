# Session 26's differential hunt (gen_shapes objects 62 and 65): a trace
# that found a name absent from a dict (an instance's dict in dict mode, a
# module's globals) guarded that the entry after the last used one was
# still empty. A deleted entry looked empty too: after a key was added
# there and deleted, the name added again at a later entry was not seen,
# and the trace kept calling the class's method (or the builtin).


class Base:
    def m(self, x):
        return 1


def shadowed_method(n, how):
    o = Base()
    log = []
    for i in range(n):
        if i % 144 == 143:
            o.m = lambda x: 100
        elif i % 193 == 7:
            if how == "pop":
                o.__dict__.pop("m", None)
            elif "m" in vars(o):
                del o.m
        log.append(o.m(i))
    changes = [(j, log[j]) for j in range(1, n) if log[j] != log[j - 1]]
    return sum(log), changes[:8]


def my_abs(x):
    return -7


def shadowed_builtin(n):
    g = globals()
    out = []
    for i in range(n):
        if i % 97 == 3:
            g["tmp_global"] = i  # appended after the last entry
        elif i % 97 == 5:
            del g["tmp_global"]
        elif i % 97 == 40:
            g["abs"] = my_abs  # a later entry: shadows the builtin
        elif i % 97 == 60:
            del g["abs"]
        out.append(abs(-i))
    changes = [(j, out[j]) for j in range(1, n) if (out[j] < 0) != (out[j - 1] < 0)]
    return sum(out), changes[:8]


for n in (1000, 300, 5):
    print("pop", n, shadowed_method(n, "pop"))
    print("del", n, shadowed_method(n, "del"))
for n in (1000, 120, 7):
    print("builtin", n, shadowed_builtin(n))
