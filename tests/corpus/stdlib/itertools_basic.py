# itertools: the infinite iterators, the terminating ones and the
# combinatoric ones, with keyword forms, reprs, laziness and sharing.
import itertools as it
from itertools import islice


def take(n, iterable):
    return list(islice(iterable, n))


# infinite
print(take(5, it.count()), take(4, it.count(10)), take(4, it.count(1, 3)), take(3, it.count(5, -2)))
print(take(4, it.count(0.5, 0.25)), take(3, it.count(start=2, step=2)), take(3, it.count(2**63 - 2)))
c = it.count(7)
print(repr(c), next(c), next(c), repr(c), repr(it.count(1, 2)), repr(it.count(1.5)), repr(it.count(0, 1.0)))
print(repr(it.count(2**70, -1)), take(2, it.count(2**70, -1)))
print(take(7, it.cycle("abc")), take(3, it.cycle([])), take(5, it.cycle(iter([1, 2]))))
print(list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -4)), take(3, it.repeat(None)))
r = it.repeat("a", 2)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(it.repeat([1])), repr(it.repeat(1, times=5)))
print(list(map(pow, range(5), it.repeat(2))))

# terminating
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=10)))
print(list(it.accumulate("abc")), list(it.accumulate([1, 2, 3], func=None, initial=None)), list(it.accumulate(iterable=[2, 2])))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain()), list(it.chain.from_iterable(["xy", [1], range(2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.compress(data="abc", selectors=[True])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, ["ab", [1]])))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.pairwise([])))
print(list(it.zip_longest("ab", [1, 2, 3])), list(it.zip_longest("ab", "c", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest([], [])), list(it.zip_longest([1], fillvalue=0)))

# islice forms
s = range(20)
print(list(islice(s, 5)), list(islice(s, 2, 6)), list(islice(s, 2, 12, 3)), list(islice(s, None)))
print(list(islice(s, 15, None)), list(islice(s, None, 4)), list(islice(s, 3, None, 5)), list(islice(s, 5, 2)))
print(list(islice(s, 0)), list(islice(s, None, None, None)), list(islice("abc", 1, 100)))
src = iter(range(10))
print(list(islice(src, 3)), list(islice(src, 1, 3)), next(src))

# groupby: keys, and the shared iterator of the groups
print([(k, list(g)) for k, g in it.groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
groups = list(it.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = it.groupby("xxyyz")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print([k for k, _ in it.groupby([])], [k for k, _ in it.groupby(iterable="abba")])

# tee
a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee("abc", 3)
print(list(x), list(y), list(z), it.tee([1], 0), len(it.tee([1])))
t1, t2 = it.tee(iter(range(200)))
print(sum(t1), sum(t2))
u1, = it.tee([1, 2], 1)
u2, u3 = it.tee(u1)
print(u1 is u2, list(u2), list(u3))

# combinatorics
print(list(it.product("ab", [1, 2])), list(it.product(range(2), repeat=3))[:4], list(it.product()))
print(list(it.product([1, 2], [])), len(list(it.product("abc", "de", "f"))), list(it.product("ab", repeat=0)))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations([1, 2], 0)))
print(list(it.permutations([], 0)), list(it.permutations("ab", 3)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("x", 3)))
print(list(it.combinations(iterable=range(3), r=2)), list(it.permutations(r=1, iterable="ab")))

# laziness: nothing is consumed before it is asked for
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i


m = map(lambda v: v * 10, noisy(3))
ch = it.chain(noisy(2), m)
print("built")
print(next(ch), next(ch), next(ch))
tw = it.takewhile(lambda v: v < 1, noisy(5))
print(list(tw))
print(next(it.islice(noisy(10), 2, None)))

print(type(it.count()).__name__, it.count, type(it.tee([])[0]), type(next(it.groupby("a"))[1]).__name__)
print(it.chain.__name__, it.islice.__module__, isinstance(it.chain(), it.chain))
