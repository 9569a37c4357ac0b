# len() of strs a traced loop builds by concatenation: ASCII, non-ASCII
# and mixed operands (the result's code point count must be right, and the
# ASCII case must stay in the trace).
ALPHA = "abcdefghijklmnopqrstuvwxyz"
WIDE = "aé€😀b"


def build(src, rounds):
    total = 0
    longest = ""
    for i in range(rounds):
        w = ""
        for k in range(i % 5 + 1):
            w += src[(i + k) % len(src)]
        total += len(w)
        if len(w) >= len(longest):
            longest = w
    return total, longest


def pairs(rounds):
    out = 0
    for i in range(rounds):
        a = ALPHA[i % 26] + ALPHA[(i * 7) % 26]
        b = a + WIDE[i % len(WIDE)]
        c = b + "xy"
        out += len(a) * 100 + len(b) * 10 + len(c)
    return out


print(build(ALPHA, 3000))
print(build(WIDE, 3000))
print(build(ALPHA + WIDE, 3000))
print(pairs(3000))
s = ""
for i in range(2000):
    s = ALPHA[i % 26] + str(i % 10)
    if len(s) != 2:
        print("bad", i, s)
print(s, len(s), [len(x + y) for x in ("", "a", "é") for y in ("", "b", "😀")])
