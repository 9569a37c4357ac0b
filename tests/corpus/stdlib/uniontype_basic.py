# PEP 604 unions at run time: `int | None`, `list[int] | None`, types.UnionType's repr,
# __args__, flattening, deduplication, equality, hashing, isinstance/issubclass, errors.
import types
from typing import Optional


def f(x: int | None = None, y: list[int] | None = None) -> dict[str, int] | None:
    return None


u = int | None
print(u, repr(u), type(u), type(u) is types.UnionType, u.__args__, u.__parameters__)
print(list[int] | None, None | int, int | str | bytes, (int | str) | (bytes | None), int | int, str | str | str)
print(dict[str, list[int]] | tuple[int, ...] | None, list[int] | list[int], list[int] | list[str])
print(f.__annotations__)
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int), {int | str: 1}[str | int])
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(isinstance(True, int | None), isinstance([], list | tuple), isinstance(3, (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))


class Base:
    pass


class Child(Base):
    pass


print(Base | Child, isinstance(Child(), Base | None), issubclass(Child, str | Base), int | Base | None)
print(Optional[int], type(int | str).__name__, (int | None).__args__[1] is type(None), types.NoneType if hasattr(types, "NoneType") else None)
for bad in (lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: isinstance(1, int | list[int]),
            lambda: issubclass(int, str | list[int]), lambda: isinstance(1, 3)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
