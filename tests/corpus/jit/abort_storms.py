# Loops whose recordings keep aborting (jit/storms.go): a side trace that
# waits for an outer loop without a trace, the same unsupported bytecode
# recorded twice, types that change between recordings, many small loops
# that cannot be traced, and a waited-for loop that gets its trace late.


def sliced_rows(rows):
    # The outer loop slices (not traced); the inner loop's end exits to a
    # header without a trace, each outer iteration.
    total = 0
    for r in rows:
        tail = r[1:]
        for v in r:
            total += v
        total += len(tail)
    return total


def gen_loop(n):
    # A loop in its own generator: every recording aborts on the yield.
    for i in range(n):
        if i % 3:
            yield i * 2
        else:
            yield -i


def mixed_items(items):
    # The item type changes as the list goes on: ints, then floats, then
    # ints again; the side traces must still give the same sums.
    s = 0
    for x in items:
        s += x * 2
    return s


def many_loops(k):
    out = []
    for j in range(k):
        acc = []
        for i in range(30):
            acc.append(str(i + j)[:1])
        out.append("".join(acc)[:5])
    return out


def three(n):
    s = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                s += a ^ b ^ c
    return s


def safe_div(vals):
    count = 0
    errors = 0
    for v in vals:
        try:
            count += 100 // v
        except ZeroDivisionError as e:
            if errors == 0:
                print(type(e).__name__, e)
            errors += 1
    return count, errors


rows = [[i, i + 1, i + 2] for i in range(3000)]
print(sliced_rows(rows))
print(sum(gen_loop(5000)))
items = list(range(2000)) + [0.5 * i for i in range(2000)] + list(range(2000))
print(mixed_items(items))
print(many_loops(300)[-3:])
t = 0
for k in range(5):
    t += three(15 + k)
print(t)
print(safe_div([5, 3, 0, 7, 0, 1] * 400))
print(sliced_rows([[1.5, 2.5], [3, 4]] * 1500))
