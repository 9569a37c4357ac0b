# sieve: Sieve of Eratosthenes on a list of bools, repeated; list indexing and slicing-free loops.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last

total = 0
for rep in range(20):
    c, l = sieve(300000 + rep)
    total += c * 7 + l
print("checksum", total)
