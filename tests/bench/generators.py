# generators: pipelines of generator functions and generator expressions; measures
# frame suspension and resumption.
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
for rep in range(24):
    total += take_sum(evens(squares(count_from(rep, 10 ** 9))), 60000)
    total += sum(x % 7 for x in range(rep, 120000))
print("checksum", total)
