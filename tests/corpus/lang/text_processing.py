# Word statistics over a text: split, strip, lower, dicts, sorting, formatting.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:6]:
    print(f"{word:>8} {n:3d} {'#' * n}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:20])
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps, TEXT.count("was"), TEXT.find("age"), TEXT.title()[:22])
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "-".join(reversed("a b c".split())), "x".join("123"))
