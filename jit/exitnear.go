// exitnear.go keeps, per exit, whether the interpreter may leave the
// loop within a few instructions of where the exit resumes (path.go
// leavesNear). The answer depends only on the exit's resume pc, its
// root's loop bounds and the code's instructions, none of which change,
// yet every exit that reached Go scanned the instructions again and
// built the frame's whole JIT view (vm.JITTopFrame) to read them: about
// a tenth of BenchmarkExitRoundTrip's CPU. docs/jit.md "Programs that
// exit to Go thousands of times (session 31)".

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// nearState is an exit's cached leavesNear answer.
type nearState uint8

const (
	nearUnknown nearState = iota // not scanned yet
	nearStays                    // the interpreter stays in the loop for leaveScan instructions
	nearLeaves                   // it may leave the loop within them
)

// exitLeavesNear is c.leavesNear(m, resume) for exit snap of x (c's root
// trace or one of its side traces), scanned on the exit's first return
// to Go and kept in its record after that. Exits without a record, and
// any reached while the top frame runs another code object than c's,
// scan every time (leaveScans counts the scans).
func (j *JIT) exitLeavesNear(m *vm.VM, f *vm.Frame, c, x *compiled, snap ir.SnapID, resume int) bool {
	if int(snap) >= len(x.exits) || f.Code != c.key.code {
		j.leaveScans++
		return c.leavesNear(m, resume)
	}
	e := &x.exits[snap]
	if e.near == nearUnknown {
		j.leaveScans++
		e.near = nearStays
		if c.leavesNear(m, resume) {
			e.near = nearLeaves
		}
	}
	return e.near == nearLeaves
}
