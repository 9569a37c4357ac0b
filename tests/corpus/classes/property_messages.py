# property error messages quote the name __set_name__ gave the property and the owner's
# __qualname__; a property added to a class after creation has no name.
class A:
    p = property(None, None)
    def f(self): pass
    r = property(None, f)
A.z = property()
class Q:
    class A:
        p = property()
for o,n in ((A(),'p'),(A(),'r'),(A(),'z'),(Q.A(),'p')):
    try: getattr(o,n)
    except Exception as e: print(e)
    try: setattr(o,n,1)
    except Exception as e: print(e)
    try: delattr(o,n)
    except Exception as e: print(e)
p = A.__dict__['p']
print(p.getter(lambda s: 3).__get__(A()))
try: p.__get__(A())
except Exception as e: print(e)
class M(type):
    p = property()
class B(metaclass=M): pass
try: B.p = 1
except Exception as e: print(e)
try: B.p
except Exception as e: print(e)
