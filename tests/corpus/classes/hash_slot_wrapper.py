# A class that defines __eq__ stays hashable when its body names a
# builtin's __hash__ (a slot wrapper), on its own or through a subclass;
# __eq__ without __hash__ makes it unhashable (found by session 24's hunt).
print(str.__hash__)
class MyS(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
print(MyS.__hash__, MyS.__dict__.get('__hash__'))
print(hash(MyS('cd')) == hash('cd'))
class T(str):
    __hash__ = str.__hash__
print(hash(T('cd')) == hash('cd'))
class U(int):
    def __eq__(self, o): return False
    __hash__ = int.__hash__
print(hash(U(5)))
class K:
    def __eq__(self, o): return self is o
    __hash__ = object.__hash__
k = K()
print(hash(k) == object.__hash__(k), {k: 1}[k])
class B(MyS):
    pass
print(hash(B('cd')) == hash('cd'), {'cd': 4}.get(MyS('cd'), 0), {'cd': 5}.get(B('cd'), 0))
class F(float):
    def __eq__(self, o): return False
    __hash__ = float.__hash__
print(hash(F(1.5)) == hash(1.5))
class C2(MyS):
    def __eq__(self, o): return False
try:
    hash(C2('x'))
except TypeError as e:
    print(e)
