# Prints, for a fixed list of arguments, CPython's math results as hex
# floats: one line "func arg result" (result "ValueError"/"OverflowError"
# when math raises). Used by libm_test.go.
import math, random

r = random.Random(2024)
args = {"log": [], "exp": [], "cos": [], "sin": [], "acos": []}
for _ in range(100000):
    u = r.random()
    args["log"].append(1.0 - u)
    args["log"].append(u * 2.0 ** r.randrange(-1074, 1024))
    args["exp"].append(-u * 40)
    args["exp"].append((u - 0.5) * 1500)
    args["cos"].append(u * 2 * math.pi)
    args["sin"].append(u * 2 * math.pi)
    args["cos"].append(math.pi * u)
    args["acos"].append(2 * u - 1)
    args["acos"].append(1 - u * 2.0 ** -r.randrange(1, 60))
for f in ("log", "exp", "cos", "sin", "acos"):
    args[f] += [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, float("inf"), float("-inf"), 5e-324, 1e300, 709.78, 709.79, -745.2, -745.1]
for name, xs in args.items():
    fn = getattr(math, name)
    for x in xs:
        try:
            y = fn(x).hex()
        except (ValueError, OverflowError) as e:
            y = type(e).__name__
        print(name, x.hex(), y)
