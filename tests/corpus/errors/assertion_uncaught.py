# assert with and without messages, caught and uncaught, message evaluated lazily.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

calls = []

def msg():
    calls.append(1)
    return "computed"

assert True, msg()
print(calls)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    check(-3)
except AssertionError as e:
    print(type(e).__name__, e)
print(check(4))
check(0)
