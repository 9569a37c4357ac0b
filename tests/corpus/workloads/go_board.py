# go: a small Go board where two players place random legal stones (a seeded LCG picks
# them), with group/liberty tracking, captures, suicide and simple ko rules, then scoring.
EMPTY, BLACK, WHITE = ".", "X", "O"


class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        if n <= 0:
            raise ValueError(f"empty range for below({n})")
        return self.next() % n


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.neighbours = [self._neigh(i) for i in range(size * size)]
        self.ko = None
        self.captured = {BLACK: 0, WHITE: 0}
        self.history = []

    def _neigh(self, i):
        s = self.size
        r, c = divmod(i, s)
        out = []
        if r > 0:
            out.append(i - s)
        if r < s - 1:
            out.append(i + s)
        if c > 0:
            out.append(i - 1)
        if c < s - 1:
            out.append(i + 1)
        return tuple(out)

    def group(self, i):
        colour = self.cells[i]
        stones = {i}
        libs = set()
        todo = [i]
        while todo:
            p = todo.pop()
            for q in self.neighbours[p]:
                v = self.cells[q]
                if v == EMPTY:
                    libs.add(q)
                elif v == colour and q not in stones:
                    stones.add(q)
                    todo.append(q)
        return stones, libs

    def legal(self, i, colour):
        if self.cells[i] != EMPTY or i == self.ko:
            return False
        other = WHITE if colour == BLACK else BLACK
        for q in self.neighbours[i]:
            if self.cells[q] == EMPTY:
                return True
        self.cells[i] = colour
        try:
            for q in self.neighbours[i]:
                if self.cells[q] == other and len(self.group(q)[1]) == 0:
                    return True
            return len(self.group(i)[1]) > 0
        finally:
            self.cells[i] = EMPTY

    def play(self, i, colour):
        if not self.legal(i, colour):
            raise ValueError(f"illegal move {self.name(i)} for {colour}")
        other = WHITE if colour == BLACK else BLACK
        self.cells[i] = colour
        taken = []
        for q in self.neighbours[i]:
            if self.cells[q] == other:
                stones, libs = self.group(q)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    taken.extend(stones)
        self.captured[colour] += len(taken)
        stones, libs = self.group(i)
        self.ko = taken[0] if len(taken) == 1 and len(stones) == 1 and len(libs) == 1 else None
        self.history.append((colour, i, len(taken)))
        return len(taken)

    def name(self, i):
        r, c = divmod(i, self.size)
        return "ABCDEFGHJKLMNOPQRST"[c] + str(self.size - r)

    def eye_like(self, i, colour):
        return all(self.cells[q] == colour for q in self.neighbours[i])

    def score(self):
        area = {BLACK: 0, WHITE: 0}
        seen = set()
        for i, v in enumerate(self.cells):
            if v != EMPTY:
                area[v] += 1
            elif i not in seen:
                region = {i}
                border = set()
                todo = [i]
                while todo:
                    p = todo.pop()
                    for q in self.neighbours[p]:
                        w = self.cells[q]
                        if w == EMPTY and q not in region:
                            region.add(q)
                            todo.append(q)
                        elif w != EMPTY:
                            border.add(w)
                seen |= region
                if len(border) == 1:
                    area[border.pop()] += len(region)
        return area

    def __str__(self):
        rows = []
        for r in range(self.size):
            rows.append(" ".join(self.cells[r * self.size:(r + 1) * self.size]))
        return "\n".join(rows)


def random_game(size, seed, max_moves):
    b = Board(size)
    rng = LCG(seed)
    colour = BLACK
    passes = 0
    moves = 0
    while moves < max_moves and passes < 2:
        cands = [i for i in range(size * size)
                 if b.cells[i] == EMPTY and not b.eye_like(i, colour) and b.legal(i, colour)]
        if not cands:
            passes += 1
        else:
            passes = 0
            b.play(cands[rng.below(len(cands))], colour)
        colour = WHITE if colour == BLACK else BLACK
        moves += 1
    return b, moves


for size, seed in ((5, 1), (7, 42), (9, 2024), (9, 7)):
    b, moves = random_game(size, seed, 400)
    sc = b.score()
    print(f"size={size} seed={seed} moves={moves} captured={b.captured} score={sc}")
    print(b)
    print("last:", [(c, b.name(i), t) for c, i, t in b.history[-3:]])
wins = {BLACK: 0, WHITE: 0}
for seed in range(100, 130):
    b, moves = random_game(9, seed, 300)
    sc = b.score()
    winner = BLACK if sc[BLACK] > sc[WHITE] + 6.5 else WHITE
    wins[winner] += 1
    if seed % 6 == 0:
        print(seed, moves, sc, len(b.history))
print("wins", wins)
b = Board(5)
b.play(0, BLACK)
try:
    b.play(0, WHITE)
except ValueError as e:
    print(type(e).__name__, e)
try:
    LCG(3).below(0)
except ValueError as e:
    print(type(e).__name__, e)
