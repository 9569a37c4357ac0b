# Integer arithmetic that overflows 64 bits inside a traced loop: the
# trace's overflow guards hand the operation back to the interpreter, which
# continues with big ints; results must equal CPython's exactly.


def powers(base, n):
    x = 1
    for i in range(n):
        x = x * base
    return x


def sums(n):
    s = 0
    big = 2**62
    for i in range(n):
        s += big
    return s


def neg(n):
    x = -(2**63) + 5
    out = []
    for i in range(n):
        x -= 1
        out.append(x)
    return out[-3:]


def shifts(n):
    acc = 1
    for i in range(n):
        acc = (acc << 1) | (i & 1)
    return acc


def mixed(n):
    total = 0
    for i in range(n):
        total += i * i * i * i
    return total


def divmods(n):
    out = 0
    for i in range(1, n):
        out += (-(2**63)) // -i + (2**63 - 1) % i
    return out


print(powers(3, 100))
print(powers(-7, 60))
print(powers(2, 64))
print(sums(5000))
print(neg(10))
print(shifts(70))
print(mixed(3000))
print(divmods(3000))
print(abs(-(2**63)), [abs(x) for x in (-(2**63), 2**63 - 1, -5)])
m = -(2**63)
vals = []
for i in range(3000):
    vals.append(-m if i == 2999 else -i)
print(vals[-2:])
