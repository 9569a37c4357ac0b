# Differential oracle for random_test.go. Reads JSON lines, one case each:
#   {"seed": [kind, value], "ops": [[name, arg, ...], ...]}
# seeds a random.Random as described, runs the operations in order and
# prints one JSON line: the list of encoded results, one per operation.
# Encoding: ints as decimal strings, floats as float.hex(), bytes as
# "b:" + hex, lists as JSON lists of encodings, None as "None", and an
# exception as "!Type: message".
import json
import random
import sys
import warnings

warnings.simplefilter("ignore")
sys.set_int_max_str_digits(0)


def enc(v):
    if isinstance(v, str):
        return v
    if isinstance(v, bool) or v is None:
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def arg(a):
    # {"f": "hex"} is a float argument, {"i": "123"} a big int, "None".
    if isinstance(a, dict):
        if "f" in a:
            return float.fromhex(a["f"])
        return int(a["i"])
    if a == "None":
        return None
    return a


def seed_value(kind, v):
    if kind == "int":
        return int(v), 2
    if kind == "str":
        return v, 2
    if kind == "bytes":
        return bytes.fromhex(v), 2
    if kind == "float":
        return float.fromhex(v), 2
    if kind == "v1str":
        return v, 1
    if kind == "v1bytes":
        return bytes.fromhex(v), 1
    raise ValueError(kind)


def run(r, op):
    name, args = op[0], [arg(a) for a in op[1:]]
    if name == "seed":
        a, version = seed_value(*op[1])
        r.seed(a, version)
        return None
    if name == "getstate":
        s = r.getstate()
        return [s[0], list(s[1]), s[2]]
    if name == "setstate":
        version, internal, gauss = op[1], [int(x) for x in op[2]], arg(op[3])
        r.setstate((version, tuple(internal), gauss))
        return None
    if name == "randrange_w":
        # randrange with its warnings: the messages, then the result.
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            try:
                v = enc(r.randrange(*args))
            except Exception as e:
                v = "!%s: %s" % (type(e).__name__, e)
        return ["%s: %s" % (w.category.__name__, w.message) for w in ws] + [v]
    if name == "randbelow":
        return r._randbelow(*args)
    if name == "choice":
        return r.choice(list(range(args[0])))
    if name == "shuffle":
        x = list(range(args[0]))
        r.shuffle(x)
        return x
    if name == "sample":
        return r.sample(range(args[0]), args[1])
    if name == "sample_list":
        return r.sample(list(range(args[0])), args[1])
    if name == "sample_counts":
        return r.sample(list(range(len(args[0]))), args[1], counts=[arg(c) for c in args[0]])
    if name == "choices":
        return r.choices(list(range(args[0])), k=args[1])
    if name == "choices_w":
        return r.choices(list(range(len(args[0]))), [float.fromhex(w) for w in args[0]], k=args[1])
    if name == "choices_cw":
        return r.choices(list(range(args[2])), cum_weights=[float.fromhex(w) for w in args[0]], k=args[1])
    if name == "triangular3":
        return r.triangular(*args)
    return getattr(r, name)(*args)


r = random.Random()
for line in sys.stdin:
    case = json.loads(line)
    a, version = seed_value(*case["seed"])
    r.seed(a, version)
    out = []
    for op in case["ops"]:
        try:
            out.append(enc(run(r, op)))
        except Exception as e:
            out.append("!%s: %s" % (type(e).__name__, e))
    print(json.dumps(out))
