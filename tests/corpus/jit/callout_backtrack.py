# Loops whose body makes a recursive call the trace cannot inline (a
# residual call run by the interpreter): backtracking searches, tree
# walks, memoised recursion and a function with a loop called from a
# module loop, with results of every type the loop then uses.


def queens(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if c in cols or (row + c) in d1 or (row - c) in d2:
            continue
        cols.add(c)
        d1.add(row + c)
        d2.add(row - c)
        count += queens(n, row + 1, cols, d1, d2)
        cols.remove(c)
        d1.remove(row + c)
        d2.remove(row - c)
    return count


print("queens", [queens(n, 0, set(), set(), set()) for n in range(1, 9)])


def subsets(items, i, target, chosen, out):
    if target == 0:
        out.append(list(chosen))
        return 1
    found = 0
    for j in range(i, len(items)):
        if items[j] > target:
            break
        chosen.append(items[j])
        found += subsets(items, j + 1, target - items[j], chosen, out)
        chosen.pop()
    return found


out = []
print("subsets", subsets([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 0, 20, [], out), len(out), out[:3], out[-2:])


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def build(depth, width, start):
    if depth == 0:
        return Node(start, [])
    return Node(start, [build(depth - 1, width, start * width + k) for k in range(width)])


def total(node):
    s = node.value
    for ch in node.children:
        s += total(ch)
    return s


def deepest(node, d):
    best = d
    for ch in node.children:
        best = max(best, deepest(ch, d + 1))
    return best


tree = build(6, 3, 1)
print("tree", total(tree), deepest(tree, 0))


def perms(prefix, rest, acc):
    if not rest:
        acc.append("".join(prefix))
        return
    for i in range(len(rest)):
        prefix.append(rest[i])
        perms(prefix, rest[:i] + rest[i + 1:], acc)
        prefix.pop()


acc = []
perms([], "abcdef", acc)
print("perms", len(acc), acc[:4], acc[-1])


def partitions(n, m):
    # returns ints, then bigger ints: the sum grows past 2**63 in floats below
    if n == 0:
        return 1
    k = 0
    for part in range(min(n, m), 0, -1):
        k += partitions(n - part, part)
    return k


print("partitions", [partitions(n, n) for n in range(0, 30, 3)])


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


big = 0
for i in range(3000):
    big += fact(i % 30)
print("fact sum", big)


def halves(x):
    if x < 1:
        return x
    return halves(x / 2)


fs = 0.0
for i in range(3000):
    fs += halves(float(i))
print("float results", fs)


def name_of(n):
    if n < 10:
        return "d%d" % n
    return name_of(n // 10)


names = []
for i in range(2000):
    names.append(name_of(i * 7))
print("str results", names[:5], names[-3:], len(set(names)))


def maybe(n):
    if n % 3 == 0:
        return None
    if n % 3 == 1:
        return maybe(n - 1) if n > 100 else n
    return True


kinds = {}
for i in range(3000):
    r = maybe(i)
    kinds[type(r).__name__] = kinds.get(type(r).__name__, 0) + 1
print("mixed results", sorted(kinds.items()))
