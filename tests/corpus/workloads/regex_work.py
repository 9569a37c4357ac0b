# regex workloads over generated text: findall, finditer, sub with groups and callables,
# split, named groups, lookarounds, backreferences, compiled pattern reuse.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def gen_text(n):
    lines = []
    state = 7
    for i in range(n):
        state = (state * 69069 + 1) % 4294967296
        w1 = WORDS[state % 10]
        w2 = WORDS[(state >> 8) % 10]
        day = 1 + (state >> 12) % 28
        month = 1 + (state >> 4) % 12
        amount = (state >> 3) % 100000 / 100
        user = f"{w1}.{w2}{i % 97}@example{(state >> 5) % 4}.org"
        lines.append(f"2023-{month:02d}-{day:02d} INFO user={user} paid ${amount:.2f} for {w1} {w2} {w2} #{i}")
    return "\n".join(lines)


text = gen_text(3000)
print(len(text), text[:120])
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", text)
print(len(dates), dates[:3])
months = {}
for y, m, d in dates:
    months[m] = months.get(m, 0) + 1
print(sorted(months.items()))
emails = re.compile(r"user=(?P<local>[\w.]+)@(?P<domain>[\w.]+)\b")
domains = {}
for mt in emails.finditer(text):
    domains[mt.group("domain")] = domains.get(mt.group("domain"), 0) + 1
print(sorted(domains.items()))
amounts = [float(a) for a in re.findall(r"\$(\d+\.\d\d)", text)]
print(len(amounts), round(sum(amounts), 2), max(amounts))
dup = re.findall(r"\b(\w+) \1\b", text)
print(len(dup), dup[:5])
swapped = re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text[:200])
print(swapped)
print(re.sub(r"\$(\d+)\.(\d\d)", lambda m: f"{int(m.group(1)) * 100 + int(m.group(2))}c", text[:300]))
print(re.subn(r"(?<=#)(\d+)", lambda m: str(int(m.group(1)) * 2), text)[1])
print(re.split(r"\s*[,;]\s*|\s+and\s+", "a, b;c and d ,e;  f and g"))
print(re.split(r"(\d)", "a1b2c3"), re.split(r"x*", "axbc"), re.split(r"\b", "hi there", maxsplit=2))
tokens = re.findall(r"\d+\.\d+|\d+|[A-Za-z_]\w*|\S", "x1 = 3.14 * (rate+42) - f(y_2)")
print(tokens)
words = re.findall(r"[a-z]+", text)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(re.findall(r"(?i)ALPHA(?=\.)", text)[:3], len(re.findall(r"(?<!\.)\bbeta\b", text)))
m = re.search(r"#(?P<n>\d+)$", text, re.M)
print(m.group(0), m.group("n"), m.span(), m.groupdict())
print(re.fullmatch(r"[\w.]+@[\w.]+", "a.b@c.d") is not None, re.match(r"\d+", "x12"))
print(re.escape("a.b*c+d?(e)"), re.sub(r"\s+", " ", "  many   spaces\n\there "))
pat = re.compile(r"""
    (?P<key>[a-z]+)   # the key
    \s*=\s*
    (?P<val>"[^"]*"|\S+)
""", re.X)
print([m.groupdict() for m in pat.finditer('a = 1 bee="two words" c=3')])
count = 0
for line in text.splitlines():
    if re.match(r"\S+ INFO user=(\w+)\.(\w+)\d+@", line):
        count += 1
print(count)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__, e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__, e)
