# Arithmetic errors caught and reported.
for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
          lambda: 2.0 ** 10000, lambda: "a" + 1, lambda: 1 + "a",
          lambda: [1] * "x", lambda: -"x", lambda: 1 < "x"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
