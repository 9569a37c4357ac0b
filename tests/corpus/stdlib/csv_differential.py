# Random rows and dialects: the writer's text and the reader's records must be CPython's.
import csv, io, random
random.seed(7)
alpha = ['a', 'b', ',', '"', '\n', '\r', ' ', '\\', ';', "'", '1', '.', '\t']
def rs(n):
    return "".join(random.choice(alpha) for _ in range(random.randint(0, n)))
params = []
for _ in range(400):
    kw = {}
    if random.random() < 0.3: kw["delimiter"] = random.choice([',', ';', '\t', ' '])
    if random.random() < 0.3: kw["quotechar"] = random.choice(['"', "'", None])
    if random.random() < 0.3: kw["escapechar"] = random.choice(['\\', None])
    if random.random() < 0.3: kw["doublequote"] = random.choice([True, False])
    if random.random() < 0.3: kw["skipinitialspace"] = random.choice([True, False])
    if random.random() < 0.3: kw["quoting"] = random.choice([0, 1, 2, 3])
    if random.random() < 0.3: kw["strict"] = random.choice([True, False])
    if random.random() < 0.2: kw["lineterminator"] = random.choice(['\n', '\r\n', ';'])
    params.append(kw)
for i, kw in enumerate(params):
    rows = [[rs(6) if random.random() < 0.8 else random.choice([None, 3, 2.5, '']) for _ in range(random.randint(0, 4))] for _ in range(3)]
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for r in rows:
            w.writerow(r)
        text = out.getvalue()
        print(i, "W", repr(text))
    except Exception as e:
        print(i, "W", type(e).__name__, e, repr(out.getvalue()))
        text = out.getvalue()
    if random.random() < 0.5:
        text = rs(20)
    lines = io.StringIO(text, newline="").readlines() if random.random() < 0.7 else text.split("\n")
    try:
        r = csv.reader(lines, **kw)
        res = []
        for row in r:
            res.append(row)
        print(i, "R", res, r.line_num)
    except Exception as e:
        print(i, "R", type(e).__name__, e)
