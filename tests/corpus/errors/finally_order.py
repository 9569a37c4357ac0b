# try/except/else/finally ordering: returns, breaks, continues, re-raising, nested finally.
def order(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("boom")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for kind in ["normal", "raise", "return"]:
    print(kind, order(kind))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"

def finally_sees_value():
    x = "before"
    try:
        return x
    finally:
        x = "changed"
        print("  finally ran, x =", x)

print(finally_overrides(), finally_swallows(), finally_sees_value())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer caught", e)
    finally:
        print("  outer finally")

nested()

def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")

try:
    raise_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

def except_raises():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("k")
    finally:
        print("  finally after except raised")

try:
    except_raises()
except KeyError as e:
    print(type(e).__name__, e)

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator cleanup")

for v in generator_finally():
    print("got", v)
    break
print("loop ended")

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  iteration", n)

print(while_finally())
results = []
for exc in [None, ValueError, TypeError]:
    try:
        try:
            if exc:
                raise exc("x")
        except ValueError:
            results.append("handled value")
        else:
            results.append("no exception")
        finally:
            results.append("cleanup")
    except TypeError:
        results.append("escaped type")
print(results)
