import pprint, collections, dataclasses, types
data = {"name": "hotloop", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "z": None},
        "text": "the quick brown fox jumps over the lazy dog " * 3, 3: "int key", (1, 2): frozenset({3, 1, 2}),
        "set": set(range(25)), "bytes": bytes(range(40)), "ba": bytearray(b"x" * 50), "t1": (1,), "empty": [], "e2": {}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, depth=2)
pprint.pp({"b": 1, "a": [2] * 40})
print(pprint.pformat(list(range(100)), compact=True))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).split(" with id=")[0])
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, "a"]), pprint.saferepr(l)[:20])
od = collections.OrderedDict((str(i), i * i) for i in range(15))
pprint.pprint(od)
dd = collections.defaultdict(list, {k: [k] * 10 for k in "abcdef"})
pprint.pprint(dd)
c = collections.Counter("the quick brown fox jumps over the lazy dog and then some more text")
pprint.pprint(c)
dq = collections.deque(range(40), maxlen=50)
pprint.pprint(dq)
pprint.pprint(collections.deque(range(40)))
@dataclasses.dataclass
class Pt:
    x: int
    y: list
    label: str = "a point with a rather long label text"
pprint.pprint([Pt(1, list(range(20))), Pt(2, [])])
ns = types.SimpleNamespace(alpha=list(range(30)), beta="b" * 70)
pprint.pprint(ns)
pprint.pprint({1: "a", "b": 2, None: 3, 2.5: 4})
pprint.pprint("a long string " * 12)
pprint.pprint(["a long string with\nnew lines " * 5])
pprint.pprint(10 ** 30, underscore_numbers=True)
pprint.pprint({"big": 10 ** 40}, underscore_numbers=True, width=20)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
class MyList(list):
    pass
pprint.pprint(MyList(range(40)))
class R(list):
    def __repr__(self): return "R!"
pprint.pprint(R(range(40)))
pprint.pprint([[i] * i for i in range(12)], width=30)
pprint.pprint(tuple(range(30)))
pprint.pprint((("x" * 70,),))
