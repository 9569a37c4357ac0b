# dict_words: builds synthetic words from a linear congruential generator and
# counts them in dicts; string slicing, concatenation and dict get/set traffic.
ALPHA = "abcdefghijklmnopqrstuvwxyz"

def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + x % 4
        w = ""
        y = x
        for _ in range(length):
            w += ALPHA[y % 7]
            y //= 7
        out.append(w)
    return out

total = 0
for rep in range(8):
    ws = words(60000, rep + 1)
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    pairs = {}
    for i in range(len(ws) - 1):
        key = ws[i] + " " + ws[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    total += len(counts) * 31 + len(pairs) + sum(c for _, c in best)
    total += sum(len(k) * v for k, v in pairs.items()) % 9973
print("checksum", total)
