import json
data = {"name": "héllo\n\"q\"", "n": [1, 2.5, -0.0, 1e22, 1e-7, True, False, None], "nested": {"a": [], "b": {}}, 3: "int key", 1.5: "f", None: 0, True: 1}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, {"z": 2, "c": 3}]}, sort_keys=True, indent=1))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps("\U0001f600\x00\x1f\x7f"), json.dumps((1, 2)), json.dumps(12345678901234567890123))
for bad in [lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps(set())]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
d = {}; d['x'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1,): 2, "a": 1}, skipkeys=True))
print(json.dumps({1, 2} and [1], default=list), json.dumps({"s": {3, 1}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2], cls=Enc))
try: json.dumps(object(), cls=Enc)
except TypeError as e: print(e)
for s in ['', '[1,]', '{"a" 1}', '{"a":1 "b"}', '{1:2}', '"abc', '[1] x', '[1', '{', '"\\x"', '"\\u12"', '"a\nb"', '[1,2', 'tru', '-', '01', '1.', '{"a":1,}', '  ', '\ufeff1', '[1e5, -0.0, 1E-2, 2]', 'NaN', '[-Infinity]', '{"a": {"b": [1, "\\ud83d\\ude00", "\\u00e9"]}}', ' 3 ', '123456789012345678901234567890', '"\\/\\b\\f\\n\\r\\t"', '{"a":1, "a":2}', 'null', 'true false', '[\n1,\n2\n]x']:
    try: print(repr(json.loads(s)))
    except json.JSONDecodeError as e: print(type(e).__name__, e, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d)))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads(b'[1, "x"]'), json.loads(bytearray(b'{}')))
try: json.loads(5)
except TypeError as e: print(e)
print(json.loads('"a\tb"', strict=False))
print(json.loads(json.dumps(data)) == {"name": data["name"], "n": data["n"], "nested": data["nested"], "3": "int key", "1.5": "f", "null": 0, "true": 1})
print(json.JSONDecoder().raw_decode('[1] tail'))
print(issubclass(json.JSONDecodeError, ValueError))
