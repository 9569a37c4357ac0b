# Nested generator pipelines consumed by for loops: each stage resumed
# inside the consumer's trace, filters that loop in their body, generator
# expressions over ranges and lists, a pipeline deeper than the inlining
# limit, and stages that change what they yield halfway.


def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def take_sum(src, k):
    s = 0
    for x in src:
        s += x % 1000003
        k -= 1
        if k == 0:
            break
    return s


total = 0
for rep in range(6):
    total += take_sum(evens(squares(count_from(rep, 10 ** 9))), 3000)
print("pipeline", total)


def sparse(src, m):
    # skips many values between two yields
    for x in src:
        if x % m == 0:
            yield x


def add_one(src):
    for x in src:
        yield x + 1


t = 0
for v in sparse(count_from(0, 40000), 7):
    t += v
print("sparse 7", t)
t = 0
for v in add_one(add_one(add_one(add_one(count_from(0, 6000))))):
    t += v
print("deep", t)

# generator expressions consumed by for loops
t = 0
for v in (x * 3 for x in range(5000)):
    t += v
print("genexpr range", t)
data = [i * 0.25 for i in range(4000)]
t = 0.0
for v in (d * 2 for d in data if d > 100):
    t += v
print("genexpr list", t)
t = 0
for v in (x for x in (y * y for y in range(3000)) if x % 3):
    t += v
print("genexpr nested", t)


def switch_type(src):
    for x in src:
        if x < 2500:
            yield x
        else:
            yield float(x)


t = 0
for v in squares(switch_type(count_from(0, 5000))):
    t += v
print("switch", t)


# two generators of the same function in one loop
def zip_sum(a, b):
    s = 0
    for x in a:
        for y in b:
            s += x * y
            break
    return s


print("two of one code", zip_sum(count_from(0, 4000), count_from(10, 10 ** 6)))


def chunks(n):
    buf = []
    for i in range(n):
        buf.append(i)
        if len(buf) == 4:
            yield buf
            buf = []


t = 0
for c in chunks(8000):
    t += c[0] + c[3]
print("chunks", t)
