# graphlib_basic: TopologicalSorter's orders (static and in rounds), its state
# errors, cycle reports and a larger generated graph checked for consistency.
from graphlib import TopologicalSorter, CycleError
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e.args if isinstance(e, CycleError) else e)
g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter(g)
print(tuple(ts.static_order()))
g2 = {2: [1], 3: [1, 2], 4: [3], 5: [4, 1], 1: []}
print(list(TopologicalSorter(g2).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(4)
t(lambda: ts.get_ready())
ts.prepare()
t(lambda: ts.prepare())
t(lambda: ts.add(9))
r = ts.get_ready(); print(r, ts.is_active(), bool(ts))
t(lambda: ts.done(99))
t(lambda: ts.done(4))
ts.done(2, 0)
t(lambda: ts.done(r[0]))
while ts.is_active():
    r = ts.get_ready(); print("ready", r); ts.done(*r)
print(ts.get_ready())
c = TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]})
t(lambda: c.prepare())
c = TopologicalSorter({"a": ["b"], "b": ["c", "a"], "c": ["d"], "d": ["b"]})
t(lambda: list(c.static_order()))
t(lambda: TopologicalSorter({1: [1]}).prepare())
t(lambda: TopologicalSorter().add([1], 2))
print(CycleError.__mro__)
print(TopologicalSorter[int])
ts = TopologicalSorter({1: [2, 2, 3]}); print(list(ts.static_order()))
ts = TopologicalSorter(); t(lambda: ts.is_active())

# a generated DAG: every order must respect every edge, and must be CPython's
import random
rng = random.Random(7)
graph = {}
for n in range(60):
    graph[n] = [rng.randrange(n) for _ in range(rng.randrange(min(n, 4) + 1))] if n else []
order = list(TopologicalSorter(graph).static_order())
pos = {n: i for i, n in enumerate(order)}
print(order)
print(all(pos[p] < pos[n] for n, ps in graph.items() for p in ps))
ts = TopologicalSorter(graph)
ts.prepare()
rounds = []
while ts:
    group = ts.get_ready()
    rounds.append(len(group))
    for node in reversed(group):
        ts.done(node)
print(rounds)
# a cycle deep in a big graph
graph[3].append(59)
try:
    TopologicalSorter(graph).prepare()
except CycleError as e:
    cyc = e.args[1]
    print(cyc[0] == cyc[-1], len(cyc) > 2, cyc)
