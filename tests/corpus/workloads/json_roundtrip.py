# json round-trips: nested generated data dumped with several option sets, loaded back,
# compared, plus decoder errors and custom hooks.
import json


def make_record(i):
    return {
        "id": i,
        "name": f"item-{i:04d}",
        "tags": ["t%d" % (i % k) for k in (2, 3, 5)],
        "price": round(i * 1.37 + 0.5, 2),
        "ratio": i / 7,
        "active": i % 3 == 0,
        "parent": None if i % 4 else i // 4,
        "nested": {"depth": [i, [i + 1, [i + 2, {"leaf": "é\u2603\n\t\"q\""}]]]},
        "big": 2 ** (i % 70),
        "neg": -i * 1e-3,
    }


data = {"records": [make_record(i) for i in range(400)], "meta": {"count": 400, "unicode": "ünï"}}
s1 = json.dumps(data)
back = json.loads(s1)
print(len(s1), back == data, back["records"][5])
s2 = json.dumps(data, indent=2, sort_keys=True)
print(len(s2), json.loads(s2) == data)
print(s2[:300])
s3 = json.dumps(data["records"][:3], separators=(",", ":"), ensure_ascii=False)
print(s3)
total = 0
for _ in range(30):
    blob = json.dumps(back)
    back = json.loads(blob)
    total += len(blob)
print(total, back == data)
print(json.dumps([1.0, 1e16, 1.5e-7, 123456789.125, float("inf"), float("-inf")]))
print(json.dumps({3: "int key", 1.5: "float key", True: "bool", None: "none"}))
print(json.dumps("\x00\x1f\u00e9\U0001f600"), json.dumps("\U0001f600", ensure_ascii=False))
print(json.loads('{"a": [1, 2.5, -0, 1e3, true, false, null], "b": "\\u00e9\\ud83d\\ude00"}'))
print(json.loads("[1, 2]", parse_int=str), json.loads('{"x": 1.25}', parse_float=lambda t: "F" + t))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1], ["b", 2]]', object_pairs_hook=dict))
print(json.loads('{"k": 1, "k": 2}'))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)


enc = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, cls=PointEncoder, sort_keys=True)
print(enc)
print(json.loads(enc, object_hook=lambda d: Point(*d["__point__"]) if "__point__" in d else d)["ps"][0].y)
for bad in ['{"a" 1}', "[1, 2", "", "nul", '{"a": 1,}', "[1] x", '"abc', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
for bad in [{1, 2}, Point(0, 0), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__, e)
