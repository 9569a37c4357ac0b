# hexiom-like puzzle solving: exact cover with Knuth's algorithm X (dict-of-sets form) on
# pentomino-style tilings, plus a backtracking number-placement puzzle on a hexagon.
from itertools import product


def solve_exact_cover(universe, subsets):
    cols = {u: set() for u in universe}
    for name, items in subsets.items():
        for u in items:
            cols[u].add(name)
    solution = []
    results = []

    def select(name):
        removed = []
        for u in subsets[name]:
            for other in cols[u]:
                for v in subsets[other]:
                    if v != u:
                        cols[v].discard(other)
            removed.append(cols.pop(u))
        return removed

    def deselect(name, removed):
        for u in reversed(subsets[name]):
            cols[u] = removed.pop()
            for other in cols[u]:
                for v in subsets[other]:
                    if v != u:
                        cols[v].add(other)

    def search():
        if not cols:
            results.append(sorted(solution))
            return
        u = min(cols, key=lambda k: (len(cols[k]), k))
        for name in sorted(cols[u]):
            solution.append(name)
            removed = select(name)
            search()
            deselect(name, removed)
            solution.pop()

    search()
    return results


def tromino_tilings(w, h):
    shapes = {
        "I-": [(0, 0), (0, 1), (0, 2)],
        "I|": [(0, 0), (1, 0), (2, 0)],
        "La": [(0, 0), (1, 0), (1, 1)],
        "Lb": [(0, 0), (0, 1), (1, 0)],
        "Lc": [(0, 0), (0, 1), (1, 1)],
        "Ld": [(0, 1), (1, 0), (1, 1)],
    }
    subsets = {}
    for (r, c), (sname, cells) in product(product(range(h), range(w)), shapes.items()):
        placed = [(r + dr, c + dc) for dr, dc in cells]
        if all(0 <= pr < h and 0 <= pc < w for pr, pc in placed):
            subsets[f"{sname}@{r},{c}"] = placed
    universe = [(r, c) for r in range(h) for c in range(w)]
    return solve_exact_cover(universe, subsets), subsets


def draw(w, h, sol, subsets):
    grid = [["?"] * w for _ in range(h)]
    for k, name in enumerate(sol):
        for r, c in subsets[name]:
            grid[r][c] = "abcdefghijklmnopqrstuvwxyz"[k % 26]
    return ["".join(row) for row in grid]


for w, h in ((3, 2), (3, 3), (6, 3), (4, 6), (6, 5)):
    sols, _ = tromino_tilings(w, h)
    print(f"{w}x{h}: {len(sols)} tilings; first {sols[0] if sols else None}")
sols, subsets = tromino_tilings(6, 3)
for sol in (sols[0], sols[77], sols[-1]):
    print(draw(6, 3, sol, subsets))


# A hexagon of side 2 (7 cells): place tiles numbered by how many occupied neighbours
# each tile must have, choosing positions for a multiset of tiles.
HEX = [(q, r) for q in range(-2, 3) for r in range(-2, 3) if abs(q + r) <= 2]
DIRS = [(1, -1), (1, 0), (0, 1), (-1, 1), (-1, 0), (0, -1)]


def hex_neighbours(cells):
    index = {c: i for i, c in enumerate(cells)}
    out = []
    for q, r in cells:
        out.append([index[(q + dq, r + dr)] for dq, dr in DIRS if (q + dq, r + dr) in index])
    return out


def hexiom_solve(cells, tiles, fixed):
    neigh = hex_neighbours(cells)
    n = len(cells)
    board = [None] * n
    for pos, val in fixed.items():
        board[pos] = val
    remaining = dict(tiles)
    for val in fixed.values():
        remaining[val] -= 1
        if remaining[val] < 0:
            raise ValueError(f"too many fixed tiles of {val}")
    empties_left = n - sum(tiles.values())
    solutions = []
    counter = [0]

    def consistent(pos):
        for p in [pos] + neigh[pos]:
            v = board[p]
            if v is None or v == "":
                continue
            filled = sum(1 for q in neigh[p] if board[q] not in (None, ""))
            open_ = sum(1 for q in neigh[p] if board[q] is None)
            if filled > v or filled + open_ < v:
                return False
        return True

    def go(pos, empties):
        counter[0] += 1
        if pos == n:
            solutions.append(tuple("." if v == "" else str(v) for v in board))
            return
        if board[pos] is not None:
            go(pos + 1, empties)
            return
        for val in sorted(remaining):
            if remaining[val]:
                remaining[val] -= 1
                board[pos] = val
                if consistent(pos):
                    go(pos + 1, empties)
                board[pos] = None
                remaining[val] += 1
        if empties:
            board[pos] = ""
            if consistent(pos):
                go(pos + 1, empties - 1)
            board[pos] = None

    go(0, empties_left)
    return solutions, counter[0]


def make_puzzle(seed, occupied):
    neigh = hex_neighbours(HEX)
    state = seed
    chosen = set()
    while len(chosen) < occupied:
        state = (state * 1103515245 + 12345) % 2147483648
        chosen.add(state % len(HEX))
    values = {p: sum(1 for q in neigh[p] if q in chosen) for p in chosen}
    tiles = {}
    for v in values.values():
        tiles[v] = tiles.get(v, 0) + 1
    first = min(chosen)
    return tiles, {first: values[first]}


for seed, occupied in ((1, 5), (2, 7), (3, 9), (5, 11), (8, 13)):
    tiles, fixed = make_puzzle(seed, occupied)
    sols, visited = hexiom_solve(HEX, tiles, fixed)
    print(sorted(tiles.items()), fixed, len(sols), visited)
    print(" ", "".join(sols[0]), "".join(sols[-1]))
try:
    hexiom_solve(HEX, {1: 1}, {0: 1, 1: 1})
except ValueError as e:
    print(type(e).__name__, e)
