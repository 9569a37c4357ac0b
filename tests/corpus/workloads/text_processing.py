# A text-processing script: word statistics over a generated corpus with Counter,
# defaultdict, sorted with keys, str methods and f-string reports.
from collections import Counter, defaultdict
import string

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "an", "el"]


def make_corpus(n_sentences):
    state = 2718
    sentences = []
    for s in range(n_sentences):
        words = []
        state = (state * 1103515245 + 12345) % 2 ** 31
        for w in range(3 + state % 9):
            state = (state * 1103515245 + 12345) % 2 ** 31
            word = "".join(SYLLABLES[(state >> (4 * k)) % 12] for k in range(1 + state % 3))
            if w == 0:
                word = word.capitalize()
            words.append(word)
        end = ".!?"[state % 3]
        sentence = " ".join(words) + end
        if s % 7 == 3:
            sentence = sentence.replace(" ", ", ", 1)
        sentences.append(sentence)
    paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paragraphs)


text = make_corpus(2500)
print(len(text), text[:90])
table = str.maketrans("", "", string.punctuation)
words = text.translate(table).lower().split()
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(6))
by_len = defaultdict(list)
for w in counts:
    by_len[len(w)].append(w)
for length in sorted(by_len):
    ws = sorted(by_len[length], key=lambda w: (-counts[w], w))
    print(f"{length:2d} {len(ws):4d} {' '.join(ws[:4])}")
first_letters = Counter(w[0] for w in words)
print("".join(sorted(first_letters, key=first_letters.get, reverse=True)))
paragraphs = text.split("\n\n")
stats = []
for i, p in enumerate(paragraphs):
    sents = [s for s in p.replace("!", ".").replace("?", ".").split(".") if s.strip()]
    stats.append((len(sents), sum(len(s.split()) for s in sents), i))
print(max(stats), min(stats), len(stats))
index = defaultdict(set)
for i, p in enumerate(paragraphs):
    for w in p.translate(table).lower().split():
        index[w].add(i)
common = sorted(w for w, ps in index.items() if len(ps) > len(paragraphs) // 3)
print(len(common), common[:10])
bigrams = Counter(zip(words, words[1:]))
print([f"{a}+{b}:{n}" for (a, b), n in bigrams.most_common(4)])
c2 = Counter("mississippi")
print(c2, c2 - Counter("sip"), c2 & Counter("ssp"), (c2 | Counter("zz"))["z"], +Counter({"a": -1, "b": 2}))
print(sorted(c2.elements())[:6], c2.total(), list(Counter("abcab").items()))
title = "the quick brown fox"
print(title.title(), title.upper().center(25, "*"), title.split(" ", 2), title.rsplit(" ", 1))
print("|".join(s.ljust(6, ".") for s in title.split()), title.count("o"), title.find("z"), title.rfind("o"))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159:8.3f}|{12345678:,}|{0.25:.1%}|{255:#x}|{7:03d}")
report = "\n".join(f"{w:>10}: {'#' * (n // 40)} {n}" for w, n in counts.most_common(5))
print(report)
print("  strip me  ".strip(), "xxhixx".strip("x"), "a-b-c".partition("-"), "a-b-c".rpartition("-"))
print("Hello World".swapcase(), "hello".zfill(8), "tab\there".expandtabs(4), "AbC".casefold())
print(" ".join(w[::-1] for w in "reverse each word".split()), "abc".startswith(("x", "a")))
print(sorted(["b10", "a2", "B1", "a10"], key=str.lower), sorted("hello", reverse=True))
dd = defaultdict(int)
for ch in "abracadabra":
    dd[ch] += 1
print(dict(dd), dd.default_factory, dd["zzz"], len(dd))
try:
    Counter(words).most_common("3")
except TypeError as e:
    print(type(e).__name__, e)
