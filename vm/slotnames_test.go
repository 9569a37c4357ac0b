// slotnames_test.go checks how a class body's __slots__ names are read
// (session 27's hunt): private names mangled with the class name, and
// type.__new__'s TypeError/ValueError for bad names. Expected texts are
// CPython 3.11's.

package vm

import "testing"

func TestSlotNames(t *testing.T) {
	src := `class A:
    __slots__ = ("__x", "y")
    def set(self, v):
        self.__x = v
        return self.__x
a = A()
print(a.set(4), a._A__x)
try:
    a.__x = 1
except AttributeError as e:
    print("AttributeError", e)
for body in ["__slots__ = ('a',)\n    a = 1", "__slots__ = ('a b',)", "__slots__ = (3,)", "__slots__ = ('__dict__',)\n    __doc__ = 'd'"]:
    try:
        exec("class K:\n    " + body)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
`
	want := `4 4
AttributeError 'A' object has no attribute '__x'
ValueError 'a' in __slots__ conflicts with class variable
TypeError __slots__ must be identifiers
TypeError __slots__ items must be strings, not 'int'
ok
`
	out, errs, code := run(t, src, false)
	if out != want || code != 0 {
		t.Errorf("got %q (exit %d, stderr %q)\nwant %q", out, code, errs, want)
	}
}
