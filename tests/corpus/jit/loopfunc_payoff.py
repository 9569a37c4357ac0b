# Loop functions compiled when they pay (jit/loopfunc_payoff.go): a nest
# whose outer range loop has many iterations left is compiled while it
# runs, then leaves its compiled code mid-loop (an int growing into a big
# int, a list item that turns into a float, an IndexError raised inside,
# break, continue and for-else); a short nest is only interpreted; a
# while nest is compiled once it has run long enough, entering with the
# state the interpreter built so far.


def mixed(n, m, items):
    total = 0
    acc = 1
    hits = 0
    for k in range(n):
        for j in range(m):
            if (k + j) % 7 == 0:
                continue
            if j > k + 1000:
                break
            total += items[j] * (k & 3)
            if total > 1000000:
                total -= 1000000
                hits += 1
        else:
            acc = acc + acc // 64 + 1  # a big int from k = 2800 or so
    return total, hits, acc % 1000003, acc // 1000000007


def find(grid, rows, cols, want):
    for r in range(rows):
        for c in range(cols):
            if grid[r * cols + c] == want:
                return r, c
    return -1, -1


def short(n):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < 4:
            s += i ^ j
            j += 1
        i += 1
    return s


def grows(n):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < 20:
            s += (i * j) & 15
            j += 1
        i += 1
    return s


def reads(lst, n):
    s = 0
    for k in range(n):
        for j in range(len(lst)):
            s += lst[j + k // (n - 1)]  # IndexError at the last k and j
    return s


print(mixed(3000, 30, list(range(30))))
print(mixed(200, 10, [1] * 10))
print(mixed(300, 10, [1] * 9 + [0.5]))  # a float item: exits where it is read
grid = [(r * 31 + c) % 1009 for r in range(300) for c in range(40)]
print(find(grid, 300, 40, 77), find(grid, 300, 40, 5000))
print([short(n) for n in range(0, 60, 7)])
print(grows(3000), grows(10))
try:
    reads(list(range(25)), 4000)
except IndexError as e:
    print("IndexError", e)
