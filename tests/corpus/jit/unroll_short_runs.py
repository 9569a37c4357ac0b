# Inner loops of short, regular runs are unrolled into the outer loop's
# trace instead of getting traces of their own (jit/shortunroll.go): a
# tuple, a list and a range(n) of a few items a run. The runs change
# length after the outer trace was recorded (its loop tests are guards
# then), a run is left by break or ends in the else, and a short loop sits
# inside a loop that has a trace, which the outermost loop's recording
# simulates. The results must not change.


def tuple_runs(rounds):
    s = 0
    for i in range(rounds):
        for t in (1, 2, 3):
            s += t * i
        s %= 1000003
    return s


def list_grows(rounds, items):
    # Three items a run, then four once i passes half the rounds.
    s = 0
    for i in range(rounds):
        if i == rounds // 2:
            items.append(4)
        for t in items:
            if t == i % 7:
                s += 100
                break
            s += t
        else:
            s += 1
    return s


def range_changes(rounds):
    s = 0
    for i in range(rounds):
        n = 2 if i < rounds - 300 else 3 + i % 2
        for j in range(n):
            s += j + i % 5
    return s


def nest(rounds, rows):
    s = 0
    for i in range(rounds):
        for row in rows[i % len(rows)]:
            for k in range(row):
                for z in range(2):
                    s += z + k
    return s


def shadowed(rounds):
    def range(n):  # not the builtin: a list, one item longer
        return [7] * (n + 1)

    s = 0
    for i in range(rounds):
        for j in range(2):
            s += j
    return s


print(tuple_runs(200000))
print(list_grows(200000, [1, 2, 3]))
print(range_changes(100000))
print(nest(40000, [[3, 7, 5], [], [2, 9, 2, 4]]))
print(nest(10000, [[4, 1], [2, 2]]))
print(shadowed(3000))
