// powmod_test.go checks the errors of three-argument pow with float and
// complex operands (session 27's hunt: pow(2.5, 1j, 7) raised ValueError
// where CPython, whose float slot is tried first, raises TypeError).
// Expected texts are CPython 3.11's.

package vm

import "testing"

func TestPowModOperandErrors(t *testing.T) {
	src := `for a, b, c in [(2.5, 1j, 7), (2, 1j, 7), (1j, 2, 7), (2, 2, 1j), (2.5, 2, 1j), (2, 2, 7.0), (1j, "x", 7), (2, 3, 5)]:
    try:
        print(pow(a, b, c))
    except Exception as e:
        print(type(e).__name__, e)
`
	want := `TypeError pow() 3rd argument not allowed unless all arguments are integers
ValueError complex modulo
ValueError complex modulo
ValueError complex modulo
TypeError pow() 3rd argument not allowed unless all arguments are integers
TypeError pow() 3rd argument not allowed unless all arguments are integers
TypeError unsupported operand type(s) for ** or pow(): 'complex', 'str', 'int'
3
`
	out, errs, code := run(t, src, false)
	if out != want || code != 0 {
		t.Errorf("got %q (exit %d, stderr %q)\nwant %q", out, code, errs, want)
	}
}
