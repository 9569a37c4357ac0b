# A regex workload: tokenizing, log parsing and substitution over
# generated text, with results summarised.
import re

TOKEN = re.compile(r'''
    (?P<num>\d+(?:\.\d+)?) |
    (?P<name>[A-Za-z_]\w*) |
    (?P<op>[-+*/()=]) |
    (?P<ws>\s+)
''', re.VERBOSE)

def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind != 'ws':
            out.append((kind, m.group()))
    return out

src = " ".join("x%d = (y%d + %d.5) * z / %d" % (i, i, i, i + 1) for i in range(200))
toks = tokenize(src)
print(len(toks), toks[:8], toks[-3:])
counts = {}
for kind, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))

LOG = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>INFO|WARN|ERROR) \[(?P<mod>\w+)\] (?P<msg>.*)$', re.M)
lines = []
for i in range(300):
    level = ("INFO", "WARN", "ERROR")[i % 3]
    lines.append("2024-01-%02d %s [mod%d] message number %d with code=%d" % (i % 28 + 1, level, i % 7, i, i * 37 % 1000))
text = "\n".join(lines)
errors = [m.groupdict() for m in LOG.finditer(text) if m['level'] == 'ERROR']
print(len(errors), errors[0], errors[-1])
codes = [int(c) for c in re.findall(r'code=(\d+)', text)]
print(sum(codes), max(codes), min(codes))
print(re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', lines[5]))
print(re.sub(r'code=(?P<c>\d+)', lambda m: 'code=%05d' % int(m['c']), lines[7]))
print(re.subn(r'\bmessage\b', 'msg', text)[1])
words = re.split(r'\W+', text)
print(len(words), words[:6])
print(re.findall(r'(\w)\1', 'aabbcdde ffg'), re.findall(r'(?<=mod)\d', lines[3]))
print(re.fullmatch(r'[\w.-]+@[\w-]+\.\w+', 'john.doe@example.com') is not None)
