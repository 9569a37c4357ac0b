# collections.OrderedDict and ChainMap.
from collections import OrderedDict, ChainMap

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x == dict(y), dict(x) == dict(y), x != y)
print(OrderedDict(), repr(OrderedDict(a=1)), list(reversed(x)))
print(OrderedDict.fromkeys("abc", 0), x.copy(), x | {"c": 3})
print(isinstance(x, dict), len(x), "a" in x, x.get("b"))

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm)
print(cm.get("zz", "default"), list(cm.keys()), list(cm.items()))
cm["d"] = 4
print(over, base)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], child.maps[0])
del cm["d"]
try:
    del cm["a"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm), ChainMap(), bool(ChainMap()))
