# min() and max(): iterables, several arguments, key=, default=, ties and errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 8, 1]), max((4, 8, 1)), min("hello"), max("hello"))
print(min([1.5, 1, True]), max([0, False]), min(range(5, 0, -1)), max({3: "a", 9: "b"}))
print(min("apple", "fig", "banana", key=len), max("apple", "fig", "banana", key=len))
print(min([], default=None), max([], default="empty"), min([2, 1], default=9))
print(max([("b", 1), ("a", 2), ("b", 0)]), min([("b", 1), ("a", 2), ("a", 1)]))
words = ["bb", "a", "cc", "d", "ee"]
print(min(words, key=len), max(words, key=len))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max([-3, 3], key=abs), min([3, -3], key=abs))
print(max(iter([5, 9, 2])), min(x * x for x in range(-3, 4)))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max(float("nan"), 1), max(1, float("nan")))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(min(range(10), key=lambda x: (x % 3, -x)))
print(max([], key=len, default=0), min([[3], [1, 2]], key=len))

class Item:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Item({self.v},{self.tag})"

items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(min(items), max(items))
tests = [
    lambda: min(),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: max(5),
    lambda: min(1, "a"),
    lambda: max([1, None]),
    lambda: min(1, 2, default=0),
    lambda: max([1], bogus=1),
    lambda: min([1, 2], key=5),
    lambda: max(1, 2, key=None),
    lambda: min([[1], 1]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
max([3, object()])
