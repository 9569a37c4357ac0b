# __slots__ with private names (session 27's hunt): type.__new__ mangles a
# slot named __x to _C__x, as the methods' self.__x is; hotloop kept the
# name unmangled, so self.__x = ... raised AttributeError in any class with
# such a slot. Also the checks type.__new__ makes of the names: strs,
# identifiers, no name the class body binds too.


class Counter:
    __slots__ = ("__n", "__step", "label")

    def __init__(self, step):
        self.__n = 0
        self.__step = step
        self.label = "c%d" % step

    def bump(self):
        self.__n += self.__step
        return self.__n

    @property
    def n(self):
        return self.__n


class Sub(Counter):
    __slots__ = ("__n",)  # its own _Sub__n, beside Counter's _Counter__n

    def __init__(self, step):
        super().__init__(step)
        self.__n = -1

    def both(self):
        return self.__n, self.n


def run(n):
    cs = [Counter(1), Counter(3), Sub(2)]
    t = 0
    for i in range(n):
        c = cs[i % 3]
        t += c.bump() % 7
        if i % 97 == 5:
            try:
                c.other = i
            except AttributeError:
                t += 1
    return t, [c.n for c in cs], cs[2].both(), cs[0]._Counter__n


print(run(3000))
print(run(10))
print(sorted(Counter.__slots__), hasattr(Counter(1), "_Counter__n"), hasattr(Counter(1), "__n"))
for body in ["__slots__ = ('a',)\n    a = 1", "__slots__ = ('__b',)\n    _K__b = 2", "__slots__ = ('a b',)",
             "__slots__ = (3,)", "__slots__ = 'one'", "__slots__ = ('__qualname__',)"]:
    try:
        exec("class K:\n    " + body)
        print("ok", sorted(K.__slots__) if not isinstance(K.__slots__, str) else K.__slots__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
