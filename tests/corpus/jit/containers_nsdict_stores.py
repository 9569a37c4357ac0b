# Stores into namespace dicts from traces (globals(), a module's dict, a
# dict that is sometimes the globals, exec's globals, an instance's
# __dict__) must be seen by the loop's global and attribute loads, and a
# dict store must not hide heapq.heappush being rebound mid-loop.
import heapq
import bisect as m

K = 0
W = 100

def alternate(n):
    ds = [{}, globals(), {"K": -1}]
    seen = []
    for i in range(n):
        d = ds[i % 3]
        d["K"] = i
        seen.append(K)
    return seen[-6:], sum(seen)

print(alternate(900))

def bump(n):
    g = globals()
    t = 0
    for i in range(n):
        if "W" in g:
            g["W"] += 1
        t += W
    return t, W

print(bump(900))

m.x = 0
def modstore(n):
    dm = vars(m)
    side = {}
    t = 0
    for i in range(n):
        side[i & 7] = i
        if i % 5 == 0:
            dm["x"] = i
        t += m.x + side[i & 7]
    return t, m.x

print(modstore(900))

class P:
    pass

def inststore(n):
    p = P()
    p.v = 0
    dv = vars(p)
    t = 0
    for i in range(n):
        dv["v"] = i % 11
        t += p.v
    return t

print(inststore(900))

def relax(n):
    dist = {0: 0}
    h = [(0, 0)]
    pushes = 0
    for i in range(1, n):
        v = (i * 7919) % 1000
        nd = i % 97
        if nd < dist.get(v, 1 << 60):
            dist[v] = nd
            heapq.heappush(h, (nd, v))
            pushes += 1
        if i == n // 2:
            heapq.heappush = lambda lst, item: lst.append(item)
    return pushes, len(h), sum(dist.values()), h[-3:]

print(relax(900))

def exec_globals(n):
    ns = {"Z": 0}
    exec("def get():\n    return Z\n", ns)
    get = ns["get"]
    t = 0
    for i in range(n):
        ns["Z"] = i
        t += get()
    return t

print(exec_globals(900))
