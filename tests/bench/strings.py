# strings: string building and scanning: join, split, replace, find, slicing,
# formatting and character loops.
def make_text(n):
    parts = []
    for i in range(n):
        parts.append("w%d" % (i * 7919 % 1000))
        if i % 11 == 0:
            parts.append("the")
    return " ".join(parts)

def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

total = 0
for rep in range(60):
    text = make_text(20000 + rep)
    words = text.split()
    total += len(words)
    total += text.count("the") * 3
    t2 = text.replace("the", "THE").upper().lower()
    total += t2.find("w999") + len(t2)
    c = caesar(text[:30000], rep + 1)
    total += sum(ord(ch) for ch in c[::97])
    total += len("-".join(w[::-1] for w in words[:5000]))
    total += sum(1 for w in words if w.startswith("w1") and w.endswith("7"))
    total += len("{}:{:>8}|{:.3f}".format(rep, words[rep], rep / 7.0))
print("checksum", total)
