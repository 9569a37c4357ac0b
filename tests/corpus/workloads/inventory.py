# An inventory simulation written in annotated modern style: dataclasses (ordering, frozen,
# defaults, field factories, __post_init__), enums, typing annotations, properties.
from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, IntEnum, auto
from typing import Optional, Dict, List, Iterator, NamedTuple


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

    def __str__(self) -> str:
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(frozen=True, order=True)
class Sku:
    prefix: str
    number: int

    def __str__(self) -> str:
        return f"{self.prefix}-{self.number:05d}"


@dataclass(order=True)
class Item:
    sku: Sku
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price_cents: int = field(default=0, compare=False)
    quantity: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.name}")

    @property
    def value(self) -> int:
        return self.price_cents * self.quantity


class Movement(NamedTuple):
    day: int
    sku: Sku
    delta: int
    reason: str = "sale"


@dataclass
class Warehouse:
    name: str
    items: Dict[Sku, Item] = field(default_factory=dict)
    log: List[Movement] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise KeyError(f"duplicate {item.sku}")
        self.items[item.sku] = item

    def move(self, day: int, sku: Sku, delta: int, reason: str = "sale") -> Optional[Movement]:
        item = self.items.get(sku)
        if item is None:
            raise LookupError(f"unknown sku {sku}")
        if item.quantity + delta < 0:
            return None
        item.quantity += delta
        mv = Movement(day, sku, delta, reason)
        self.log.append(mv)
        return mv

    def low_stock(self, threshold: int) -> Iterator[Item]:
        return (it for it in sorted(self.items.values()) if it.quantity < threshold)

    def total_value(self) -> int:
        return sum(it.value for it in self.items.values())


def cents(v: int) -> str:
    return f"${v // 100:,}.{v % 100:02d}"


def simulate(days: int) -> Warehouse:
    wh = Warehouse("central")
    names = ["hammer", "apple", "kite", "saw", "bread", "yoyo", "drill", "cheese", "ball"]
    cats = [Category.TOOL, Category.FOOD, Category.TOY]
    for i, n in enumerate(names):
        wh.add(Item(Sku(n[:2].upper(), i * 37 + 1), n, cats[i % 3], 199 + i * 250, 20 + i, [n[0]]))
    state = 12345
    skus = sorted(wh.items)
    for day in range(days):
        for _ in range(6):
            state = (state * 1664525 + 1013904223) % 2 ** 32
            sku = skus[state % len(skus)]
            delta = -((state >> 10) % 5 + 1)
            if wh.move(day, sku, delta) is None:
                wh.move(day, sku, 40, "restock")
    return wh


wh = simulate(400)
print(wh.name, len(wh.log), cents(wh.total_value()))
for it in sorted(wh.items.values(), key=lambda i: (-i.value, i.name))[:5]:
    print(f"{str(it.sku):>10} {it.name:<8} {str(it.category):5} {it.quantity:4d} {cents(it.value):>12}")
print([it.name for it in wh.low_stock(15)])
restocks = [m for m in wh.log if m.reason == "restock"]
print(len(restocks), restocks[:2])
by_cat: Dict[Category, int] = {}
for it in wh.items.values():
    by_cat[it.category] = by_cat.get(it.category, 0) + it.quantity
print({str(k): v for k, v in by_cat.items()})
first = min(wh.items.values())
print(first, asdict(first)["sku"], astuple(first.sku))
print(replace(first, quantity=0).value, first == replace(first, name="x"), Sku("A", 1) < Sku("A", 2))
print(Priority.HIGH > Priority.LOW, Priority(2), Priority["LOW"] + 1, list(Priority), Category.FOOD)
print(Category.TOY.value, repr(Category.TOOL), Category(2), len(Category))
print(Movement(1, Sku("X", 2), 3)._replace(reason="gift"), Movement._fields)
print(Item.__annotations__["price_cents"], Warehouse.move.__annotations__["return"])
try:
    Item(Sku("Z", 0), "bad", Category.TOY, -5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    first.sku.number = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    wh.add(first)
except KeyError as e:
    print(type(e).__name__, e)
try:
    wh.move(0, Sku("NO", 0), 1)
except LookupError as e:
    print(type(e).__name__, e)
try:
    Category(9)
except ValueError as e:
    print(type(e).__name__, e)
