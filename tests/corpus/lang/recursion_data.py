# Recursive data: nested lists and dicts, flattening, depth, pretty printing.
tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "deep", "children": []}]}]},
]}


def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)


def names(node, prefix=""):
    out = [prefix + node["name"]]
    for c in node["children"]:
        out.extend(names(c, prefix + "  "))
    return out


def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]


print(depth(tree))
print("\n".join(names(tree)))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
nested = [1, (2, 3.5), {"k": [None, True]}, "s", {4, 5}]
print(nested, str(nested) == repr(nested), len(str(nested)))


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10)), hanoi(3))
