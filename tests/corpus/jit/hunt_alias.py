# Stores and loads through aliases in traced loops: two variables naming the
# same instance or list (chosen per iteration, or switched mid-loop), one list
# passed as two arguments, a list that holds itself. A store kept back until
# an exit must still be seen by a load through the other name (session 24's
# differential hunt; no bug found here, kept as a guard).
class A:
    def __init__(self, v):
        self.v = v
def alias_attr(R):
    objs = [A(1), A(2), A(3)]
    s = 0
    for i in range(R):
        p = objs[i % 3]
        q = objs[(i * 7) % 3]
        p.v = p.v + 1
        s += q.v
        q.v = s % 13
        s += p.v
    return s
print(alias_attr(60000))
def alias_list(R):
    L = [0, 1, 2, 3]
    M = L
    N = [9, 9, 9, 9]
    s = 0
    for i in range(R):
        L[i % 4] = i
        s += M[(i + 1) % 4] + M[i % 4]
        if i == R // 2:
            M = N
        M[0] = s % 100
        s = s % 1000003 + L[0]
    return s, L, N
print(alias_list(60000))
def alias_arg(L, M, R):
    s = 0
    for i in range(R):
        L[0] = i
        M[0] += 1
        s += L[0]
    return s
X = [0]
print(alias_arg(X, X, 60000), alias_arg([0], [0], 60000), X)
def self_ref(R):
    L = [0, 0]
    L[1] = L
    s = 0
    for i in range(R):
        L[1][0] = i
        s += L[0]
    return s
print(self_ref(60000))
def attr_alias_exit(R):
    a = A(0); b = A(0)
    s = 0
    for i in range(R):
        x = a if i % 5 else b
        x.v = i
        a.v += 1
        if i % 11 == 0:
            s += b.v
        s += a.v
    return s, a.v, b.v
print(attr_alias_exit(60000))
