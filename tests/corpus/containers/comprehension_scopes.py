# Comprehension scopes: loop variables do not leak, class bodies, walrus, nesting order.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print([y * 2 for y in range(3) if y], {k: v for k, v in zip("ab", [1, 2])}, {c for c in "hello"}, list(g * 2 for g in range(2)))
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([cell for row in matrix for cell in row], [[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)], [a for a in range(10) if a % 2 if a % 3])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
print([last := n for n in "abc"], last)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)

class Config:
    base = 10
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        shifted = [v + base for v in items]
    except NameError as e:
        shifted = type(e).__name__ + " " + str(e)
    first_ok = [base for _ in range(1)] if False else None

print(Config.doubled, Config.shifted)

def outer():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}

print(outer())

def shadow():
    i = "kept"
    _ = [i for i in range(3)]
    return i

print(shadow())
gen = (i * i for i in range(4))
print(next(gen), list(gen), list(gen))
data = [3, 1, 2]
it = (v for v in data)
data.append(99)
print(list(it))
try:
    bad = (1 / v for v in [1, 0])
    print(list(bad))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print({(i, j): i * j for i in range(2) for j in range(2)}, sorted({i % 3 for i in range(10)}))
nested_gen = [[j for j in range(i)] for i in range(4)]
print(nested_gen, sum(sum(r) for r in nested_gen))
print([v for v in (lambda: [1, 2])()], [(lambda q: q * 2)(v) for v in "ab"])
