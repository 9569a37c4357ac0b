# Class features beyond the basics: __slots__, __init_subclass__, metaclass, __set_name__.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)


class A(Plugin):
    pass


class B(Plugin):
    pass


print(Plugin.registry)


class Field:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return f"field {self.name}"


class Model:
    title = Field()


print(Model().title)


class P:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


p = P()
try:
    p.z = 3
except AttributeError as e:
    print(e)
