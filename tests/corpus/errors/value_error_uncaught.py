# ValueError from unpacking and from int() inside a comprehension, uncaught.
rows = ["1,2", "3,4", "5"]
pairs = []
for row in rows[:2]:
    a, b = row.split(",")
    pairs.append((int(a), int(b)))
print(pairs)
try:
    [int(x) for x in "1 2 three".split()]
except ValueError as e:
    print(type(e).__name__, e)
values = [int(v) for v in ["10", "20", "x30"]]
