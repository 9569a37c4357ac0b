# Word counting the way tests/bench/dict_words.py does it: `d[w] += 1`
# through a probe's entry address, mixed with inserts that grow (and so
# move) the dict's entry table, deletes, and reads by other routes.
WORDS = "the quick brown fox jumps over the lazy dog and the cat".split()
TOTAL = 0


def count(n):
    global TOTAL
    d = {}
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        if w in d:
            d[w] += 1
        else:
            d[w] = 1
        if i % 7 == 0:
            d[w + str(i % 50)] = i
        if i % 13 == 0 and "fox" in d:
            del d["fox"]
        TOTAL += d.get("the", 0)
    return d


d = count(1200)
print(len(d), sorted(d.items())[:12])
print(TOTAL)


def count_two(n):
    a = {}
    b = a
    c = {}
    for i in range(n):
        w = WORDS[i % 5]
        a[w] = a.get(w, 0) + 1
        b[w] += 2
        c[w] = c.get(w, 0) + a[w]
    return a, c


print(count_two(700))
