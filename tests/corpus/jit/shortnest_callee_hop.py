# Inner loops' ends that the loop around them goes on after, entered from
# the interpreter at the first iteration of each run of the loop around:
# their exits get hot while the outer trace that calls the inner trace is
# live. drive's trace calls f3's loops in f3's register window, where a
# side trace hopping into the trace that calls its parent would resume f3
# in the interpreter; the JIT retires and refuses those (jit/acceptedhop.go).
# same_frame and wide are the same shapes in one frame, where such side
# traces stay. The results must not change either way.


def f3(i, L):
    m = 0
    for x in L[i % 3]:
        for y in range(x):
            for z in range(2):
                if z == 1 and y == x - 1 and i % 3 == 1:
                    m += 1000
                    break
                m += z
    return m


def drive(rounds, L):
    t = 0
    for i in range(rounds):
        t += f3(i, L)
    return t


print(drive(15000, [[3, 7, 5], [], [2, 9, 2, 4]]))
# Now the break does happen: i % 3 == 1 picks a non-empty list.
print(drive(9000, [[3, 7, 5], [4, 1], [2, 9, 2, 4]]))


def same_frame(rounds, order):
    hits = [0, 0, 0]
    for i in range(rounds):
        stop = 4 if i % 3 else 5
        if i % 7 == 0:
            stop = 99
        for t in order:
            if t == stop:
                hits[0] += t
                break
        else:
            hits[1] += 1
        for u in range(2):
            hits[2] += u
    return hits


print(same_frame(3000, (0, 1, 2, 3, 4, 5)))
print(same_frame(3000, [2, 5, 1]))


def wide(rounds):
    # An inner loop whose length changes with the round: its end is the
    # exhausted iterator on a different item each time.
    s = 0
    for i in range(rounds):
        for j in range(i % 4):
            for k in range(2):
                s += j * k + 1
        s %= 1000003
    return s


print(wide(4000))
