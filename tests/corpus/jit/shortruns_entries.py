# shortruns_entries: loops whose runs are short, entered once per
# iteration of a loop that has no trace (the payoff rule charges each run
# its entry: jit/payoff_runs.go), next to the same loops with long runs;
# and loop functions planned early and lowered to wasm only once they may
# pay (jit/loopfunc_lower.go), some of which never are, one whose state
# changes type after it is compiled.


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


ctx = Ctx()


def inner(k, runs):
    t = 0
    j = 0
    while j < runs:
        t += j * k
        j += 1
    return t


def callers(n, runs):
    total = 0
    for k in range(n):
        with ctx:
            total += k & 7
        total += inner(k, runs)
    return total


def gen(n):
    for k in range(n):
        acc = 0
        for j in range(k % 5):
            acc += j ^ k
        yield acc


def from_gen(n):
    total = 0
    for v in gen(n):
        total = (total * 31 + v) % 1000003
    return total


def nest(n, m):
    s = 0
    k = 0
    while k < n:
        j = 0
        while j < m:
            s += (k ^ j) & 7
            j += 1
        k += 1
    return s


def growing(n, m):
    s = 0
    for k in range(n):
        for j in range(m):
            s += k * j
            if s > 2**62:
                s = s * 4  # a big int: the compiled code leaves here
    return s % 1000000007, s.bit_length()


print(callers(5000, 2))
print(callers(300, 300))
print(callers(4000, 0))
print(from_gen(6000))
print([nest(n, 7) for n in range(0, 40, 9)])
print(nest(12000, 25))
print(growing(2000, 40))
print(growing(3, 5))
