# User exception hierarchies: except order, tuples of classes, bare except, re-raise, exception groups of handlers.
class AppError(Exception): pass
class DbError(AppError): pass
class ConnError(DbError): pass
class QueryError(DbError):
    def __init__(self, sql):
        super().__init__(f"bad query: {sql}")
        self.sql = sql

def fail(kind):
    if kind == "conn":
        raise ConnError("refused")
    if kind == "query":
        raise QueryError("SELEC *")
    if kind == "app":
        raise AppError("generic")
    if kind == "builtin":
        raise KeyError("k")
    return "ok"

for kind in ["conn", "query", "app", "builtin", "none"]:
    try:
        result = fail(kind)
    except ConnError as e:
        print(kind, "-> ConnError handler:", e)
    except (QueryError, KeyError) as e:
        print(kind, "-> tuple handler:", type(e).__name__, e)
    except DbError:
        print(kind, "-> DbError handler")
    except AppError as e:
        print(kind, "-> AppError handler:", e, isinstance(e, Exception))
    else:
        print(kind, "-> else:", result)
handlers = (ValueError, TypeError)
for exc in [ValueError("v"), TypeError("t"), KeyError("k")]:
    try:
        try:
            raise exc
        except handlers as e:
            print("dynamic tuple caught", type(e).__name__)
    except KeyError:
        print("fell through to KeyError")
try:
    fail("query")
except:
    print("bare except caught")
try:
    try:
        fail("conn")
    except DbError as e:
        print("logging", e)
        raise
except ConnError as e:
    print("re-raised", type(e).__name__, e)
try:
    try:
        fail("app")
    except AppError as e:
        raise e
except AppError as e:
    print("raise e", e)
e_holder = None
try:
    fail("conn")
except ConnError as e:
    e_holder = e
print(e_holder)
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    try:
        raise ValueError("x")
    except NotAnException:
        pass
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as te:
    print(type(te).__name__, te)
fail("query")
