# f-strings: expressions, conversions, nested and dynamic specs, = debugging, numbers.
x, y, name = 42, 3.14159, "world"
print(f"{x}", f"{y}", f"{name}", f"{x + 1}", f"{x * y:.2f}", f"{name.upper()}", f"{[x, y]}", f"{ {'k': x} }")
print(f"{name!r}", f"{name!s}", f"{'é'!a}", f"{name:>10}|", f"{name:_<10}|", f"{name:^11}|", f"{name:.3}")
for v in [0, 7, -7, 255, 123456789]:
    print(f"{v:d}|{v:5d}|{v:<5d}|{v:^7d}|{v:+d}|{v: d}|{v:05d}|{v:x}|{v:#X}|{v:o}|{v:b}|{v:,}|{v:_}|{v:=+9d}|{v:*>8}|")
for v in [0.0, 1.5, -2.25, 1234.5678, 1e-4, 6.02e23]:
    print(f"{v}|{v:f}|{v:.1f}|{v:10.3f}|{v:<10.2f}|{v:e}|{v:.2E}|{v:g}|{v:.3g}|{v:%}|{v:,.2f}|{v:+.1e}|{v:08.2f}|")
width, prec, fill = 12, 3, "~"
print(f"{y:{width}.{prec}f}|", f"{y:{fill}^{width}}|", f"{name:{'>' if x > 0 else '<'}{width}}|", f"{x:{'x'}}")
print(f"{x=}", f"{y=:.2f}", f"{name=!r}", f"{x + 1 = }", f"{name=:>8}")
print(f"{'quotes'}", f'{"double"}', f"""{'triple'}""", f"{'{'}{'}'}", f"{{x}}", f"{{{x}}}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}", f"{items[0]!r:>5}", f"{dict(a=1)['a']}", f"{(lambda z: z * 2)(4)}")
print(f"{x if x > 40 else 0}", f"{'yes' if not items else 'no'}", f"{x:>{width}}", f"{3 ** 2:03}", f"{-x:x}")
nested = f"outer {f'inner {x}'} done"
print(nested, f"{'nl'!r}", f"{None}", f"{True:>6}", f"{True!s:>6}", f"{...}")

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
    def __repr__(self):
        return "Money()"

m = Money(3.5)
print(f"{m}", f"{m:8.1f}", f"{m!r}", f"{m!s}" if False else "", f"{m=}")
tests = [
    lambda: f"{x:s}",
    lambda: f"{name:d}",
    lambda: f"{y:x}",
    lambda: f"{x:,_}",
    lambda: f"{name:=10}",
    lambda: f"{x:.{'a'}f}",
    lambda: f"{undefined_name}",
    lambda: f"{1 / 0}",
    lambda: f"{[1][5]}",
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
for i in range(1, 4):
    print(f"{i:>2}. {'#' * i:<4}| {i ** 3:>4} | {i / 3:.3f} | {i:#06b}")
