from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return "shape"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
print(sorted(Shape.__abstractmethods__), sorted(Sq.__abstractmethods__), Sq2.__abstractmethods__)
for c in (Shape, Sq):
    try: c(1) if c is Sq else c()
    except TypeError as e: print(type(e).__name__, e)
s = Sq2(3); print(s.area(), s.perimeter(), s.describe(), isinstance(s, Shape))
class Duck: pass
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
try: Shape.register(3)
except TypeError as e: print(e)
try: issubclass(3, Shape)
except TypeError as e: print(e)
class M(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'): return True
        return NotImplemented
class Q:
    def quack(self): pass
print(isinstance(Q(), M), isinstance(1, M), type(Shape), ABC.__slots__)
print(Shape.register(Duck) is Duck)
class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
try: P()
except TypeError as e: print(e)
Shape()
