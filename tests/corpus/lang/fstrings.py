# f-strings: conversions, format specs, nesting, expressions.
name, n, pi = "Ada", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}|{n:x}|{n:#x}|{n:b}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {1e20:g} {0.5:%} {1234567.891:,.2f}")
print(f"{name:>10}|{name:*^9}|{name:.2}")
w = 8
print(f"{pi:{w}.{2}f}|{n + 1}|{[1, 2][0]}|{ {'a': 1}['a'] }")
print(f"{'nested ' + f'{n}'}", f"{n=}", f"{n*2=}", f"{pi=:.1f}")
print(f"{{literal}} {n}%", f"{True} {None} {[1, 'a']}")
print(format(255, "08b"), format(3.5, "+.1f"), format("x", "^3"), format(12345, "_"))
