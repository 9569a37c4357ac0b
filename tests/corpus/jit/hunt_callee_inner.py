# An outer loop's trace calls the trace of an inner loop in the same frame,
# and that inner trace calls a callee's loop trace in the callee's window
# (the inner loop's body calls a function with a loop). An exit in the
# callee's window (the callee returning from inside its loop), or one of the
# inner trace's exits whose snapshot names the callee's frame, must resume in
# the callee's frame: it reached the outer trace as a nested exit and
# resumed at the callee's pc in the caller's frame (session 24's
# differential hunt). With the old binary both cases here loop for ever at
# threshold 1; longer runs of the same shapes failed by default too (a hang,
# or a TypeError raised by the caller's code run from the callee's pc).
# The outer recording now leaves such an inner trace alone (jit/side.go
# innerLookup).


def csum(L, x):
    s = 0
    for t in L:
        if t == x:
            return s
        s += t
    return s


def early(R):
    L = [2, 11, 8, 5]
    a = 0
    for i in range(R):
        for n in range(i % 3):
            a += csum(L, n + i % 97)
    return a


print(early(30000))


def ctotal(L, k):
    s = 0
    for t in L:
        s += t * k
    return s


def typed(R):
    L = [1, 2, 3]
    a = 0
    for i in range(R):
        if i == R // 2:
            L[1] = 2.5
        for n in range(i % 4):
            a += ctotal(L, n)
        if i == R // 2 + 50:
            L[1] = 2
    return a


print(typed(15000))

