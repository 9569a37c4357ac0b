# A loop of unknown length (it stops when a generator hits a value) whose
# rare branch runs a long path: the exit at that branch waits a long time
# for its side trace, and (session 24) stops keeping the loop's trace
# primed once it has waited 20 times the side trace's cost of work. The
# results must be the interpreter's whatever the JIT decides.


def step(x):
    return (x * 1103515245 + 12345) & 0xFFFFF


def stop_after(seed, n):
    x = seed
    for _ in range(n):
        x = step(x)
    return x


def walk(seed, stop):
    x = seed
    total = 0
    steps = 0
    rare = 0
    while x != stop:
        x = (x * 1103515245 + 12345) & 0xFFFFF
        total += x & 7
        steps += 1
        if x % 151 == 0:
            a = x >> 3
            b = a * 3 + 1
            c = (b ^ a) & 255
            d = (c << 2) | (a & 3)
            e = d % 97 + c % 13
            if e & 1:
                total += e
            else:
                total -= c
            rare += 1
    return steps, total, rare


for seed, n in ((1, 1000), (7, 150000), (12345, 300000), (99, 300000)):
    print(seed, n, walk(seed, stop_after(seed, n)))

# the rare branch's values change type partway (a float total)
def walk_float(seed, stop):
    x = seed
    total = 0
    while x != stop:
        x = (x * 1103515245 + 12345) & 0xFFFFF
        if x % 151 == 0:
            total += 0.5
        else:
            total += 1
    return total


print(walk_float(3, stop_after(3, 100000)))
