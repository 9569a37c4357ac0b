from typing import *
import typing
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V', covariant=True)
print(Any, Optional[int], Union[int, str], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Tuple[()], Set[int], FrozenSet[str], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Mapping[str, Any], Sequence[T])
print(T, V, Literal['a', 1], ClassVar[int], Final[int], Annotated[int, 'meta'], Optional['Foo'])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
t(lambda: isinstance(1, Any))
t(lambda: isinstance([], List))
t(lambda: isinstance([], List[int]))
t(lambda: List())
t(lambda: Union[int, str] == Union[str, int])
t(lambda: Optional[int] == Union[int, None])
t(lambda: cast(int, 'x'))
t(lambda: TypeVar('X', int))
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box[int], Box.__parameters__, type(b).__name__)
class Pair(Generic[K, V]):
    pass
print(Pair[str, int])
t(lambda: Box[int, str])
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Pt(1)
print(p, p.norm(), Pt._fields, Pt.__annotations__, p._replace(y=5), isinstance(p, tuple))
E = NamedTuple('E', [('a', int), ('b', str)])
print(E(1, 'x'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'})
t(lambda: isinstance(m, Movie))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
class NP(Protocol):
    def x(self): ...
t(lambda: isinstance(F(), NP))
def g(a: int, b: 'str' = 'x') -> List[int]: return [a]
print(get_type_hints(g))
class A:
    x: int
    y: 'List[str]'
class B(A):
    z: Optional[int] = None
print(get_type_hints(B))
print(TYPE_CHECKING, Text, AnyStr)
def h(x: Optional[List[Dict[str, int]]] = None) -> Iterator[Tuple[int, ...]]:
    yield (1, 2)
print(list(h()), h.__annotations__)
