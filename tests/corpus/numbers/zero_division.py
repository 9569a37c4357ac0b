# Every division-by-zero message: int, float, bool, big int, modulo, divmod, pow, in-place forms.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("True / False", lambda: True / False),
    ("10**30 // 0", lambda: 10**30 // 0),
    ("10**30 % 0", lambda: 10**30 % 0),
    ("10**30 / 0", lambda: 10**30 / 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1.5", lambda: 0 ** -1.5),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("1 / -0.0", lambda: 1 / -0.0),
    ("-(10**30) / 0.0", lambda: -(10**30) / 0.0),
]
for label, fn in cases:
    try:
        print(label, fn())
    except (ZeroDivisionError, ValueError) as e:
        print(label, "->", type(e).__name__, e, isinstance(e, ArithmeticError))
x = 5
for op in ["/=", "//=", "%="]:
    try:
        if op == "/=":
            x /= 0
        elif op == "//=":
            x //= 0
        else:
            x %= 0
    except ZeroDivisionError as e:
        print(op, e)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    finally:
        print("  divided", a, b)

print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div(6, 3))

def average(values):
    return sum(values) / len(values)

try:
    average([])
except ZeroDivisionError as e:
    print("average:", e, e.args)
print(average([1, 2]))
values = [4, 2, 0, 1]
print([10 // v if v else None for v in values])
average([])
