# Exceptions across loops and calls: retries, cleanup order, re-raise.
log = []


def attempt(i):
    log.append(f"try {i}")
    if i < 2:
        raise ConnectionError(f"fail {i}")
    return f"ok {i}"


for i in range(4):
    try:
        result = attempt(i)
    except ConnectionError as e:
        log.append(f"caught {e}")
        continue
    else:
        log.append(result)
        break
    finally:
        log.append("finally")
print(log)


def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        log.clear()
        raise


try:
    reraiser()
except ValueError as e:
    print("reraised", e, log)


def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer except")
        return "returned"
    finally:
        print("outer finally")


print(nested())
errors = []
for value in ["1", "x", "3", None]:
    try:
        errors.append(int(value) * 2)
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise KeyError("a", "b")
except LookupError as e:
    print(repr(e), e.args, str(e))
