import atexit, sys

def bye(name, punct="!"):
    print("bye", name + punct)

class Boom:
    def __call__(self):
        print("boom runs")
        raise ValueError("in handler")
    def __repr__(self):
        return "<Boom>"
boom = Boom()

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
print(atexit.register(boom) is boom)
atexit.register(bye, "third")
atexit.register(bye, "gone")
atexit.unregister(bye)
atexit.register(bye, "kept")
try:
    atexit.register(3)
except TypeError as e:
    print("TypeError", e)
@atexit.register
def last():
    print("last registered, first run")
    sys.stdout.flush()
print("main done")
class Exit:
    def __call__(self):
        sys.exit(5)
    def __repr__(self):
        return "<Exit>"
atexit.register(Exit())
atexit.register(print, "with", "args", sep="-")
sys.exit(3)
