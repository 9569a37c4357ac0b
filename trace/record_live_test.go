// record_live_test.go checks the register liveness that prunes snapshots
// (record_live.go) on hand-built bytecode: straight-line kills, loops,
// FORITER's write on the fall-through edge only, conservative opaque
// instructions, and code with exception handlers left unanalysed.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

func liveList(lv *regLiveness, pc, nregs int) []int {
	var out []int
	for r := 0; r < nregs; r++ {
		if lv.live[pc].has(r) {
			out = append(out, r)
		}
	}
	return out
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestLivenessStraightLine(t *testing.T) {
	instrs := []bytecode.Instr{
		bytecode.MakeBx(bytecode.LOADCONST, 0, 0), // 0: r0 = k0
		bytecode.Make(bytecode.MOVE, 1, 0, 0),     // 1: r1 = r0
		bytecode.Make(bytecode.ADD, 2, 1, 3),      // 2: r2 = r1 + r3
		bytecode.Make(bytecode.RETURN, 2, 0, 0),   // 3: return r2
	}
	lv := computeLiveness(&bytecode.Code{NumRegs: 4}, instrs, 4)
	want := [][]int{{3}, {0, 3}, {1, 3}, {2}}
	for pc, w := range want {
		if got := liveList(lv, pc, 4); !sameInts(got, w) {
			t.Errorf("pc %d: live %v, want %v", pc, got, w)
		}
	}
}

func TestLivenessLoop(t *testing.T) {
	// r0 iterator; r1 item; r2 a temporary written before use in every
	// iteration; r3 an accumulator read after the loop; r4 never read.
	instrs := []bytecode.Instr{
		bytecode.MakeBx(bytecode.FORITER, 0, 6), // 0: r1 = next(r0) or ->6
		bytecode.Make(bytecode.MUL, 2, 1, 1),    // 1: r2 = r1 * r1
		bytecode.Make(bytecode.ADD, 3, 3, 2),    // 2: r3 = r3 + r2
		bytecode.Make(bytecode.MOVE, 4, 2, 0),   // 3: r4 = r2
		bytecode.Make(bytecode.NOP, 0, 0, 0),    // 4
		bytecode.MakeBx(bytecode.JUMP, 0, 0),    // 5: ->0
		bytecode.Make(bytecode.RETURN, 3, 0, 0), // 6: return r3
	}
	lv := computeLiveness(&bytecode.Code{NumRegs: 5}, instrs, 5)
	for pc, w := range map[int][]int{0: {0, 3}, 1: {0, 1, 3}, 2: {0, 2, 3}, 3: {0, 2, 3}, 4: {0, 3}, 6: {3}} {
		if got := liveList(lv, pc, 5); !sameInts(got, w) {
			t.Errorf("pc %d: live %v, want %v", pc, got, w)
		}
	}
	// The item register read after the loop is live at FORITER: the
	// exhausted edge does not write it.
	instrs[6] = bytecode.Make(bytecode.RETURN, 1, 0, 0)
	lv = computeLiveness(&bytecode.Code{NumRegs: 5}, instrs, 5)
	if !lv.live[0].has(1) {
		t.Error("FORITER's item register read after the loop is not live at the header")
	}
}

func TestLivenessConservative(t *testing.T) {
	instrs := []bytecode.Instr{
		bytecode.MakeBx(bytecode.LOADCONST, 0, 0), // 0: r0 = k0
		bytecode.Make(bytecode.CALL, 1, 0, 0),     // 1: r1 = r1() (may call locals())
		bytecode.Make(bytecode.RETURN, 1, 0, 0),   // 2
	}
	lv := computeLiveness(&bytecode.Code{NumRegs: 3}, instrs, 3)
	if got := liveList(lv, 1, 3); !sameInts(got, []int{0, 1, 2}) {
		t.Errorf("a call: live %v, want every register", got)
	}
	if got := liveList(lv, 0, 3); !sameInts(got, []int{1, 2}) {
		t.Errorf("before the call: live %v, want [1 2]", got)
	}
	// An operand beyond the frame makes the instruction opaque.
	instrs[0] = bytecode.Make(bytecode.UNPACK, 2, 0, 5)
	lv = computeLiveness(&bytecode.Code{NumRegs: 3}, instrs, 3)
	if got := liveList(lv, 0, 3); !sameInts(got, []int{0, 1, 2}) {
		t.Errorf("out-of-frame unpack: live %v, want every register", got)
	}
	code := &bytecode.Code{NumRegs: 3, Handlers: []bytecode.Handler{{Start: 0, End: 2, Target: 2}}}
	if computeLiveness(code, instrs, 3) != nil {
		t.Error("code with exception handlers was analysed")
	}
}
