# Side traces that reach a loop whose trace was deferred: the loop is
# woken (compiled at once) only when its compile pays by its iterations
# and the exits, or fits in the program's budget; either way the results
# are the interpreter's: sibling loops whose first loop's end runs into
# the second's header, lengths that change, floats that come late, and a
# loop left by break and by return.


def siblings(n, items, width):
    total = 0
    for k in range(n):
        i = 0
        while i < width:
            total += i * k
            i += 1
        for x in items:
            total -= x
        for y in range(k % 3):
            total += y
    return total


print("siblings", siblings(150000, [1, 2, 3], 4))
print("siblings", siblings(400, [0.5, 1.5], 6))
print("siblings", siblings(3000, [7], 2))


def scan(rows, stop):
    total = 0
    for row in rows:
        j = 0
        while j < len(row):
            if row[j] == stop:
                break
            total += row[j]
            j += 1
        for x in row[:2]:
            total += x * 2
    return total


rows = [[(i * j) % 13 for j in range(i % 7 + 2)] for i in range(40)]
t = 0
for r in range(60):
    t += scan(rows, r % 13)
print("scan", t)


def first_over(rows, limit):
    for row in rows:
        for x in row:
            if x > limit:
                return x
    return -1


print("first", [first_over(rows, k) for k in range(0, 15, 2)])
