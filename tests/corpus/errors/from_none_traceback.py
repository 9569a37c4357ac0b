# Uncaught exception raised "from None": the context is hidden from the traceback.
class NotFound(LookupError):
    def __str__(self):
        return f"no entry named {self.args[0]!r}"

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None

table = {"x": 1}
print(lookup(table, "x"))
try:
    lookup(table, "y")
except LookupError as e:
    print(type(e).__name__, e, e.__suppress_context__, type(e.__context__).__name__)
lookup(table, "zz")
