# bfs_deque: breadth-first search over a grid maze with collections.deque,
# plus a sliding-window maximum; queue operations and tuple neighbours.
from collections import deque

def maze(w, h, seed):
    x = seed
    rows = []
    for r in range(h):
        row = []
        for c in range(w):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 if (x >> 16) % 100 < 28 else 0)
        rows.append(row)
    rows[0][0] = 0
    return rows

def bfs(grid):
    h = len(grid)
    w = len(grid[0])
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
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] == 0 and dist[nr][nc] < 0:
                dist[nr][nc] = d + 1
                q.append((nr, nc))
    return reached, far

def window_max(xs, k):
    q = deque()
    out = 0
    for i, v in enumerate(xs):
        while q and xs[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out += xs[q[0]]
    return out

total = 0
for rep in range(12):
    g = maze(300, 300, rep + 1)
    reached, far = bfs(g)
    total += reached * 3 + far
    flat = [v * (i % 1000) for i, row in enumerate(g) for v in row]
    total += window_max(flat, 50) % 1000003
print("checksum", total)
