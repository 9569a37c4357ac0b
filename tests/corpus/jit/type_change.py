# A loop whose variables change type after the trace was compiled: int to
# float, float to int, int to bool, and list items of mixed types.


def accumulate(n, switch):
    x = 0
    for i in range(n):
        if i == switch:
            x = float(x)
        x += i
    return x


def flip(n):
    v = 1.5
    out = []
    for i in range(n):
        v = v * 2 if i % 2 == 0 else int(v) // 3
        if i % 500 == 0:
            out.append(v)
    return v, out[:6]


def mixed_items(items):
    total = 0
    for x in items:
        total += x
    return total


def truthy(n):
    count = 0
    flag = 0
    for i in range(n):
        if flag:
            count += 1
        flag = i % 3 == 0 if i > n // 2 else i % 2
    return count


print(accumulate(5000, 3000))
print(accumulate(5000, 10**9))
print(accumulate(3, 1))
print(flip(3000))
print(mixed_items([1] * 3000 + [0.5] * 3000 + [True] * 10 + [2**70]))
print(mixed_items([0.25] * 2000 + [3] * 2000))
print(truthy(6000))
for rep in range(3):
    print(rep, accumulate(2500 + rep, 1500 * rep))
