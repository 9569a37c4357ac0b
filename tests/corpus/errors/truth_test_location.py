# A truth test that raises (__bool__ returning a non-bool) is reported at
# the location of the statement or expression that tests, as CPython 3.11
# does: no carets for an if/while statement spanning lines.
class Bad:
    def __bool__(self):
        return 3

class Good:
    def __bool__(self):
        return False

for label, fn in [
    ("if", lambda o: 1 if o else 2),
    ("not", lambda o: not o),
    ("and", lambda o: o and 1),
    ("or", lambda o: o or 1),
]:
    try:
        fn(Bad())
    except TypeError as e:
        print(label, type(e).__name__, e)
    r = fn(Good())
    print(label, "good", type(r).__name__, r if not isinstance(r, Good) else "")

o = Bad()
n = 0
while Good() or n < 2:
    n += 1
print("n", n)
if o:
    print("unreachable")
