# Side traces carried inside their root trace (trace trees) and side
# traces that go straight back into the root's loop: alternating and
# irregular branches, a side path that changes a loop value's type (the
# jump back into the loop must not happen), a side path writing a
# register the loop only reads (so it is read before the loop), values
# only the side path writes, a global rebound and a function replaced
# while the rebuilt trace is live, and side paths that raise.

def collatz_steps(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

def alternating(n):
    s = 0
    i = 0
    while i < n:
        if i & 1:
            s += 3
        else:
            s += 1
        i += 1
    return s

def three_way(n):
    a = b = c = 0
    for i in range(n):
        r = i % 3
        if r == 0:
            a += i
        elif r == 1:
            b -= i
        else:
            c ^= i
    return a, b, c

def turns_float(n):
    x = 0
    total = 0
    for i in range(n):
        if i % 4 == 3:
            x = x + 0.5
        else:
            x = x + 1
        total += i
    return x, total

def turns_float_once(n):
    x = 0
    for i in range(n):
        if i == n - 3:
            x = x / 2
        else:
            x = x + 2
    return x

def step_changes(n):
    # `step` is only read by the common path: it is loop-invariant there,
    # and the side path changes it.
    step = 1
    t = 0
    for i in range(n):
        if i % 50 == 49:
            step += 1
        else:
            t += step
    return t, step

def side_only(n):
    last_odd = -1
    count = 0
    for i in range(n):
        if i % 3 == 1:
            last_odd = i
        count += 1
    return last_odd, count

def grows_big(n):
    v = 1
    for i in range(n):
        if i % 2:
            v = v * 5
        else:
            v = v - 1
    return v % 998244353

SCALE = 2

def scaled(n):
    t = 0
    for i in range(n):
        if i & 1:
            t += SCALE
        else:
            t -= 1
    return t

def helper(x):
    return x + 1

def calls_helper(n):
    t = 0
    for i in range(n):
        if i & 1:
            t = helper(t)
        else:
            t += 2
    return t

def raises_on_side(n, k):
    t = 0
    for i in range(n):
        if i & 1:
            t += 100 // (k - i)
        else:
            t += 1
    return t

print("collatz", sum(collatz_steps(n) for n in range(1, 3000)))
print("alternating", alternating(20000))
print("three_way", three_way(30000))
print("turns_float", turns_float(4000))
print("turns_float_once", turns_float_once(5000))
print("step_changes", step_changes(10000))
print("side_only", side_only(10000))
print("grows_big", grows_big(300))

print("scaled", scaled(5000))
SCALE = 7
print("scaled rebound", scaled(5000))
SCALE = 2.5
print("scaled float", scaled(5000))
SCALE = 3
print("scaled back", scaled(5000))

print("calls_helper", calls_helper(5000))
def helper(x):
    return x * 2 % 1000003
print("calls_helper replaced", calls_helper(5000))

try:
    print(raises_on_side(5000, 3001))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("raises_on_side", raises_on_side(3000, 10 ** 6))
print(raises_on_side(5000, 4001))
