# KeyError with a tuple key and a str key, the repr of the key in the message, uncaught.
scores = {("ann", 1): 90}
try:
    scores[("bob", 2)]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[None]
except KeyError as e:
    print(type(e).__name__, e)

def grade(name):
    table = {"ann": "A", "bob": "B"}
    return table[name.lower()]

print(grade("ANN"))
print(grade("Cid"))
