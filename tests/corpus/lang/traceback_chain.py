# Chained exceptions: context and cause printed before the last one.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("bad config") from None


def load():
    try:
        {}["key"]
    except KeyError as e:
        raise LookupError("not found") from e


try:
    parse("x")
except RuntimeError as e:
    print("caught", e, e.__suppress_context__)
try:
    load()
except LookupError as e:
    print("caught", repr(e.__cause__))
data = [1, 2, 3]
try:
    data[10]
except IndexError:
    x = 1 / 0
