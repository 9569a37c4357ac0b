# Short inner loops inside hot outer loops: the recording of the outer
# loop unrolls an inner loop that has no trace of its own (up to 16
# iterations; more aborts). Trip counts 0, 1, 2, 17 and varying, for and
# while inner loops, an unrolled loop that raises, and types that change
# inside an unrolled loop.


def fixed_trips(trips):
    total = 0
    for i in range(2000):
        j = 0
        while j < trips:
            total += i * j + 1
            j += 1
    return total


for trips in (0, 1, 2, 17):
    print("while trips", trips, fixed_trips(trips))


def for_trips(trips):
    total = 0
    for i in range(2000):
        for j in range(trips):
            total += j - i
    return total


for trips in (0, 1, 2, 17):
    print("for trips", trips, for_trips(trips))


def varying():
    # the inner trip count changes from one outer iteration to the next
    total = 0
    for i in range(600):
        k = i % 7
        while k > 0:
            total += k
            k -= 1
        for j in range(i % 5):
            total -= j
    return total


print("varying", varying())


def nested_short():
    # an inner loop inside an unrolled inner loop
    acc = []
    for i in range(200):
        a = i % 3
        s = 0
        while a >= 0:
            b = 0
            while b < 2:
                s += a * 10 + b
                b += 1
            a -= 1
        acc.append(s)
    return sum(acc), acc[:6]


print("nested", nested_short())


def breaks():
    found = 0
    for i in range(400):
        j = 0
        while True:
            if j * j >= i % 30:
                break
            j += 1
        found += j
    return found


print("breaks", breaks())


def raises(stop):
    total = 0
    for i in range(300):
        j = 3
        while j >= 0:
            total += i // (j - stop if i > 250 else 1)
            j -= 1
    return total


for stop in (-1, 0, 2):
    try:
        print("raises", stop, raises(stop))
    except ZeroDivisionError as e:
        print("raises", stop, type(e).__name__, e)


def index_error():
    data = [1, 2, 3]
    total = 0
    for i in range(300):
        j = 0
        while j < 3:
            total += data[j + (i > 280)]
            j += 1
    return total


try:
    print(index_error())
except IndexError as e:
    print("index", type(e).__name__, e)


def types_change():
    # int -> float -> big int -> str inside the unrolled loop
    out = []
    for i in range(400):
        x = 1
        j = 0
        while j < 3:
            if i > 100 and j == 1:
                x = x * 0.5
            if i > 200 and j == 2:
                x = x * 2 ** 70
            if i > 300 and j == 2:
                x = str(x)[:4]
            j += 1
        if i % 50 == 0 or i in (101, 201, 301):
            out.append(x)
    return out


print("types", types_change())


def overflow():
    total = 0
    for i in range(300):
        x = 2 ** 60 if i > 200 else 3
        j = 0
        while j < 4:
            x = x * 3
            j += 1
        total += x
    return total


print("overflow", overflow())


def long_inner():
    # the inner loop runs past the unroll limit: it gets a trace of its own
    total = 0
    for i in range(200):
        j = 0
        while j < 40:
            total += j ^ i
            j += 1
    return total


print("long", long_inner())


def grow():
    # two iterations at first (the inner loop never gets a trace of its
    # own, the outer loop's trace unrolls it), then 20: past the unroll
    # limit
    total = 0
    for i in range(3000):
        trips = 2 if i < 1500 else 20
        j = 0
        while j < trips:
            total += j * i
            j += 1
    return total


print("grow", grow())


def lists():
    out = []
    for i in range(300):
        row = [0, 0, 0, 0]
        j = i % 4
        while j < 4:
            row[j] = i - j
            j += 1
        for v in row:
            if v < 0:
                out.append(v)
    return len(out), out[:5]


print("lists", lists())


def final():
    total = 0
    for i in range(300):
        j = 0
        while j < 2:
            total += 10 // (290 - i + j)
            j += 1
    return total


print(final())
