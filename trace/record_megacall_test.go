// record_megacall_test.go checks loopInvariantCallee (record_megacall.go)
// on hand-built bytecode: a parameter moved to the call's register is
// fixed for the loop's run; a local the loop assigns, an attribute, a
// temporary, a jump landing between the move and the call, a call whose
// frame covers the local, and code with exception handlers are not.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

func TestLoopInvariantCallee(t *testing.T) {
	mk := bytecode.Make
	// The loop of `for i in it: f(x, i)` with f in r2, x in r0: header 0
	// (FORITER r5 ->9), the call at 4, the back-edge at 8.
	loop := func(edit func([]bytecode.Instr)) []bytecode.Instr {
		in := []bytecode.Instr{
			bytecode.MakeBx(bytecode.FORITER, 5, 9), // 0
			mk(bytecode.MOVE, 4, 6, 0),              // 1: i = item
			mk(bytecode.MOVE, 11, 2, 0),             // 2: f
			mk(bytecode.MOVE, 12, 0, 0),             // 3: x
			mk(bytecode.CALL, 11, 2, 0),             // 4
			mk(bytecode.NOP, 0, 0, 0),               // 5
			mk(bytecode.NOP, 0, 0, 0),               // 6
			mk(bytecode.NOP, 0, 0, 0),               // 7
			bytecode.MakeBx(bytecode.JUMP, 0, 0),    // 8
			mk(bytecode.RETURN, 3, 0, 0),            // 9
		}
		if edit != nil {
			edit(in)
		}
		return in
	}
	code := &bytecode.Code{NumRegs: 14}
	cases := []struct {
		name string
		edit func([]bytecode.Instr)
		code *bytecode.Code
		want bool
	}{
		{"parameter", nil, code, true},
		{"parameter read by a branch", func(in []bytecode.Instr) { in[6] = bytecode.MakeBx(bytecode.JUMPIFFALSE, 2, 8) }, code, true},
		{"assigned in the loop", func(in []bytecode.Instr) { in[6] = mk(bytecode.MOVE, 2, 4, 0) }, code, false},
		{"deleted in the loop", func(in []bytecode.Instr) { in[6] = bytecode.MakeBx(bytecode.DELFAST, 2, 0) }, code, false},
		{"unpacked into", func(in []bytecode.Instr) { in[6] = mk(bytecode.UNPACK, 1, 7, 2) }, code, false},
		{"covered by a call's frame", func(in []bytecode.Instr) { in[6] = mk(bytecode.CALL, 1, 0, 0) }, code, false},
		{"an attribute", func(in []bytecode.Instr) { in[2] = mk(bytecode.LOADATTR, 11, 0, 0) }, code, false},
		{"a temporary", func(in []bytecode.Instr) { in[2] = mk(bytecode.MOVE, 11, 13, 0) }, code, false},
		{"a jump between", func(in []bytecode.Instr) { in[6] = bytecode.MakeBx(bytecode.JUMPIFTRUE, 4, 3) }, code, false},
		{"exception handlers", nil, &bytecode.Code{NumRegs: 14, Handlers: []bytecode.Handler{{}}}, false},
	}
	for _, c := range cases {
		if got := loopInvariantCallee(c.code, loop(c.edit), 0, 8, 4); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
