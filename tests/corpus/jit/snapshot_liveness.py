# Registers in trace exits: the recorder leaves registers that are dead at
# an exit's resume pc out of its snapshot. Every value below is read after
# some exit (a loop's end, a type change, a branch never seen while
# recording), so a register wrongly taken as dead would print a stale
# value.


def after_loop(n):
    last = -1.0
    total = 0.0
    for i in range(n):
        last = i * 2.5
        total += last
    return last, total


def type_change(values):
    out = []
    acc = 0
    prev = None
    for v in values:
        prev, cur = v, v * 2
        acc = acc + (len(cur) if isinstance(cur, str) else cur)
        out.append((prev, cur, acc))
    return out[-3:], prev, acc


def rare_branch(n):
    seen = 0
    flag = "never"
    mid = 0.0
    for i in range(n):
        mid = i * 0.5
        if i % 997 == 996:
            flag = "at %d" % i
            seen += 1
        mid = mid + 1.0
    return seen, flag, mid


def unpack_pairs(pairs):
    s = 0.0
    for (a, b), (c, d) in pairs:
        x = a - c
        y = b - d
        s += x * x + y * y
    return s, x, y, a, d


def with_locals(n):
    keep = 0
    for i in range(n):
        tmp = i * 3
        if i == n - 1:
            names = sorted(k for k in locals() if not k.startswith("."))
        keep += tmp
    return keep, names


def with_try(n):
    bad = 0
    val = 0
    for i in range(n):
        val = i * 7
        try:
            if i % 500 == 499:
                raise ValueError(i)
        except ValueError as e:
            bad += 1
            val = -val
    return bad, val


def closure(n):
    acc = 0

    def add(k):
        nonlocal acc
        acc += k

    for i in range(n):
        add(i)
    return acc


def nested(n):
    out = 0.0
    inner_last = None
    for i in range(n):
        t = i * 1.5
        for j in range(3):
            inner_last = t + j
        out += inner_last
    return out, inner_last, t


def deleted(n):
    res = []
    for i in range(n):
        tmp = i + 1
        if i == n - 1:
            del tmp
            try:
                print(tmp)
            except UnboundLocalError as e:
                res.append(type(e).__name__)
        else:
            res.append(tmp)
    return len(res), res[-2:]


print(after_loop(3000))
print(type_change([1] * 2000 + [1.5] * 10 + ["ab"] * 3))
print(rare_branch(5000))
pairs = [((i * 0.5, i * 0.25), (i * 0.125, 1.0 - i)) for i in range(2500)]
print(unpack_pairs(pairs))
print(with_locals(3000))
print(with_try(3000))
print(closure(3000))
print(nested(3000))
print(deleted(3000))
