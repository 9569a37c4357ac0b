# Side traces whose path changes a value's type (int to float, to big
# int, to None), so that the root trace's entry guards fail when the side
# trace loops back; and a side path that raises.

def int_or_float(n):
    x = 0
    acc = 0.0
    for i in range(n):
        if i % 3 == 0:
            x = i * 0.5
        else:
            x = i
        acc += x
    return acc, x

def grows_big(n):
    v = 1
    for i in range(n):
        if i % 7 == 0:
            v = v * 3
        else:
            v = v + 1
    return v % 1000000007, v.bit_length()

def sometimes_none(n):
    last = None
    hits = 0
    for i in range(n):
        if i % 5 == 0:
            last = None
        else:
            if last is None:
                hits += 1
            last = i
    return hits, last

def raises_late(n, d):
    t = 0
    for i in range(n):
        if i % 2:
            t += 1000 // (d - i // 1000)
        else:
            t += 1
    return t

def raises_index(lst, n):
    t = 0
    for i in range(n):
        if i % 4 == 3:
            t += lst[i // 4]
        else:
            t -= 1
    return t

print(int_or_float(30000))
print(grows_big(3000))
print(sometimes_none(20000))
print(raises_late(4000, 9))
try:
    print(raises_late(20000, 9))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
data = list(range(100))
print(raises_index(data, 400))
try:
    print(raises_index(data, 4000))
except IndexError as e:
    print(type(e).__name__, e)
try:
    s = 0
    for i in range(5000):
        if i % 3:
            s += i
        else:
            s += "x" if i > 4000 else 1
except TypeError as e:
    print(type(e).__name__, e, s)
print(raises_late(30000, 40))
