# collections.deque in traced loops: a queue (append, popleft), a stack
# (append, pop), appendleft, len and truth, q[0] and q[-1], rings that
# grow past several capacities and wrap around, iteration over a tuple of
# tuples, a bounded deque (maxlen), mutation seen by an iterator, and at
# the end popleft of an empty deque (IndexError traceback).
from collections import deque


def queue(n):
    q = deque()
    total = 0
    for i in range(n):
        q.append(i)
        q.append(i * 2)
        total += q.popleft()
        if len(q) > 5:
            total += q[0] - q[-1]
    return total, len(q), q[0], q[-1]


print(queue(3000))


def stack(n):
    s = deque()
    out = 0
    for i in range(n):
        s.append((i, -i))
        if i % 3 == 2:
            a, b = s.pop()
            out += a - b
    while s:
        a, b = s.pop()
        out += a
    return out, len(s)


print(stack(3000))


def both_ends(n):
    d = deque([0])
    for i in range(1, n):
        if i % 2:
            d.appendleft(i)
        else:
            d.append(i)
        if i % 5 == 0:
            d.pop()
        if i % 7 == 0:
            d.popleft()
    return len(d), d[0], d[-1], d[len(d) // 2], list(d)[:5]


print(both_ends(4000))


def bfs(w, h):
    grid = [[(r * 7 + c * 3) % 5 == 0 for c in range(w)] for r in range(h)]
    grid[0][0] = False
    dist = [[-1] * w for _ in range(h)]
    dist[0][0] = 0
    q = deque([(0, 0)])
    reached = 0
    far = 0
    while q:
        r, c = q.popleft()
        d = dist[r][c]
        reached += 1
        if d > far:
            far = d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr = r + dr
            nc = c + dc
            if 0 <= nr < h and 0 <= nc < w and not grid[nr][nc] and dist[nr][nc] < 0:
                dist[nr][nc] = d + 1
                q.append((nr, nc))
    return reached, far


print(bfs(40, 30))


def window_max(xs, k):
    q = deque()
    out = 0
    for i in range(len(xs)):
        v = xs[i]
        while q and xs[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out += xs[q[0]]
    return out


print(window_max([(i * 7919) % 1009 for i in range(5000)], 30))


def bounded(n):
    d = deque(maxlen=4)
    s = 0
    for i in range(n):
        d.append(i)
        s += d[0]
    return s, list(d)


print(bounded(2000))


def iter_mutated(n):
    d = deque(range(5))
    for i in range(n):
        d.append(i)
        d.popleft()
    try:
        for x in d:
            d.append(x)
    except RuntimeError as e:
        print(type(e).__name__, e)
    return len(d)


print(iter_mutated(1000))


def pops(n):
    d = deque()
    got = 0
    for i in range(n):
        d.append(i)
        got += d.pop()
    try:
        d.pop()
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        d[0]
    except IndexError as e:
        print(type(e).__name__, e)
    return got


print(pops(2000))


def drain(n):
    d = deque(range(n))
    s = 0
    for i in range(n + 1):
        s += d.popleft()
    return s


print(drain(3000))
