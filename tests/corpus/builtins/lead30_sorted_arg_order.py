# sorted() makes its list before list.sort checks the keywords, as CPython:
# a non-iterable argument is reported before a bad keyword.
import functools
for call in (lambda: sorted(2, base=2), lambda: sorted([3, 1], base=2), lambda: sorted([3, 1], key=None, reverse=True),
             lambda: functools.partial(sorted, 3)(base=2), lambda: sorted(), lambda: sorted([1], [2]),
             lambda: sorted(iterable=[1]), lambda: sorted([2, 1], reverse=1)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
