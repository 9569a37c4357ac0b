# Nested generator pipelines driven by for loops, generator expressions and
# builtins; yield inside try/finally with break in the consumer; close of a
# suspended generator; generators abandoned while suspended.
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def take(src, k):
    out = []
    for x in src:
        out.append(x)
        k -= 1
        if k == 0:
            break
    return out


print(take(evens(squares(count_from(3, 10 ** 9))), 8))
print(sum(x % 7 for x in squares(range(50))))
print(list(evens(x + 1 for x in range(10))))
print(max(squares(count_from(-5, 3))), min(squares(count_from(-5, 3))))
print(",".join(str(x) for x in evens(range(12))))
print(any(x > 30 for x in squares(range(10))), all(x < 30 for x in squares(range(10))))
print(tuple(zip(count_from(0, 3), squares(range(5)))))


def chain(*gens):
    for g in gens:
        yield from g


print(list(chain(count_from(0, 3), squares(range(3)), (c for c in "ab"))))
for a in chain(count_from(0, 2), chain(squares(range(2)), evens(range(5)))):
    print("chain", a)


def tree(n):
    if n == 0:
        yield "leaf"
        return
    for x in tree(n - 1):
        yield x + "L"
    for x in tree(n - 1):
        yield x + "R"


print(list(tree(3)))


def noisy(name, log):
    try:
        for i in range(5):
            try:
                yield i
            finally:
                log.append("%s inner finally %d" % (name, i))
    finally:
        log.append("%s outer finally" % name)


log = []
for x in noisy("a", log):
    if x == 2:
        break
print(log)

log = []
for x in noisy("b", log):
    for y in noisy("c", log):
        if y == 1:
            break
    if x == 1:
        break
print(log)


def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("closable finally")


g = closable()
for x in g:
    print("closable got", x)
    g2 = g
    break
print("state", g2.gi_suspended)
g2.close()
g3 = closable()
for x in g3:
    print("g3 got", x)
    if x == 1:
        g3.close()
print("after close", g3.gi_suspended, g3.gi_frame)


def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                print("giving up")
                return
            ignored = True
            print("ignoring")


s = stubborn()
for x in s:
    break
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
s.close()
print("closed", s.gi_frame)


def thrower():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("thrower caught", e)
            yield "recovered"


t = thrower()
for x in t:
    print("thrower gave", x)
    if x == 1:
        print("throw returns", t.throw(ValueError("boom")))


def inner_loop_gen():
    for i in range(3):
        for j in count_from(0, i):
            yield (i, j)


print(list(inner_loop_gen()))
for pair in inner_loop_gen():
    print(pair, end=" ")
print()
