# NameError and its "Did you mean" suggestion for a misspelt global, ending uncaught.
counter_total = 10
items_list = [1, 2]

def report():
    print("counter", counter_total)
    return counter_totl + 1

try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else "")
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
report()
