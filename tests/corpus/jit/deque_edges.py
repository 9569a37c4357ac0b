# collections.deque in traced loops at its edges: maxlen deques that drop
# from the other end, appendleft and pop on a bounded deque, popleft and
# pop of an empty deque (IndexError: pop from an empty deque), a deque
# mutated while a loop iterates it (RuntimeError), rotate, and a deque of
# tuples used as a BFS queue with q[0] and q[-1] peeks.
from collections import deque


def window(xs, k):
    q = deque(maxlen=k)
    s = 0
    for x in xs:
        q.append(x)
        s += q[0] * 3 + q[-1] + len(q)
    return s, list(q), q.maxlen


def left_window(n, k):
    q = deque(maxlen=k)
    s = 0
    for i in range(n):
        q.appendleft(i)
        if i % 5 == 0 and len(q) > 1:
            s += q.pop()
        s += q[0] - q[-1]
    return s, list(q)


def drain(n):
    q = deque()
    s = 0
    errs = []
    for i in range(n):
        if i % 3 == 0:
            q.append(i)
        try:
            s += q.popleft()
        except IndexError as e:
            errs.append(str(e))
    try:
        q.pop()
    except IndexError as e:
        errs.append("pop: %s" % e)
    return s, len(errs), errs[:2], errs[-1]


def mutate(n):
    q = deque(range(10))
    seen = 0
    try:
        for x in q:
            seen += x
            if seen > n:
                q.append(x)
    except RuntimeError as e:
        return seen, "RuntimeError: %s" % e, len(q)
    return seen, "no error"


def bfs(w, h):
    dist = [[-1] * w for _ in range(h)]
    dist[0][0] = 0
    q = deque([(0, 0)])
    peeks = 0
    while q:
        if q[0][0] <= q[-1][0]:
            peeks += 1
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and dist[nr][nc] < 0 and (nr * 7 + nc * 3) % 11:
                dist[nr][nc] = dist[r][c] + 1
                q.append((nr, nc))
    return peeks, max(max(row) for row in dist), sum(row.count(-1) for row in dist)


def rot(n):
    q = deque(range(7), maxlen=7)
    s = 0
    for i in range(n):
        q.rotate(i % 3 - 1)
        q.append(i)
        s = (s * 7 + q[0] + q[3]) % 1000003
    return s, list(q)


print(window(list(range(3000)), 17))
print(left_window(3000, 9))
print(drain(3000))
print(mutate(5))
print(mutate(10 ** 9))
print(bfs(60, 50))
print(rot(2000))
q = deque()
for i in range(2000):
    q.append(i)
    q.popleft()
q.popleft()
