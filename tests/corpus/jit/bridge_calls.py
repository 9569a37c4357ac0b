# Side traces around calls and nested loops: an exit inside an inlined
# function, a branch after an inner loop (the outer loop's trace calls the
# inner trace), an outer loop whose path sometimes skips the inner loop,
# and a global rebound while side traces are linked.

def step(v, i):
    if i % 4 == 1:
        return v + i
    return v - 1

def twice(v, i):
    return step(step(v, i), i + 1)

def inlined(n):
    v = 0
    for i in range(n):
        v = step(v, i)
    return v

def inlined_deep(n):
    v = 0
    for i in range(n):
        v = twice(v, i)
    return v

def nested(n, m):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            for j in range(m):
                total += j
        else:
            total -= 1
    return total

def nested_while(n):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < i % 7:
            if j & 1:
                total += j
            else:
                total += 1
            j += 1
        i += 1
    return total

SCALE = 2

def scaled(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += SCALE
        else:
            s -= 1
    return s

print(inlined(40000))
print(inlined_deep(20000))
print(nested(3000, 20))
print(nested_while(20000))
print(scaled(5000))
SCALE = 2.5
print(scaled(5000))
SCALE = 3
print(scaled(5000))
