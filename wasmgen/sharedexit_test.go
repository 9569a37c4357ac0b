package wasmgen

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

// sharedExitTrace builds a counting loop whose three tag guards share one
// snapshot (as one bytecode's guards do after Sink keeps their shared
// exit) and whose bound guard has its own.
func sharedExitTrace() *ir.Trace {
	tr := ir.NewTrace("shared_exit", 4)
	b := ir.NewBuilder(tr, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	for slot := int32(1); slot <= 3; slot++ {
		b.Guard(ir.EQ, b.SLoad(slot, ir.Tag), b.KTag(3), s1)
	}
	i := b.SLoad(1, ir.Int)
	stop := b.SLoad(2, ir.Int)
	s2 := b.AddSnap(ir.Snapshot{PC: 20})
	b.Guard(ir.LT, i, stop, s2)
	ni := b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	s3 := b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: ni}}})
	b.JLoop(s3)
	return tr
}

// sharedExitCode matches the shared snapshot's (number 1) exit code
// setting its exit number.
var sharedExitCode = regexp.MustCompile(`i32\.const 1\s+local\.set \$exit`)

// brIfTarget matches a br_if in wasm2wat's output and the label it names.
var brIfTarget = regexp.MustCompile(`br_if \d+ \(;(@\d+);\)`)

// TestSharedExitGuardsBranchAlone checks that guards sharing a snapshot
// keep one exit (its exit number written once) but each br_if names a
// block no other br_if names, so that wazero has no critical edge to
// split and keeps each guard's compare fused into its jump; and that
// the module runs as ir.Exec does with each shared guard failing in
// turn. Without the trampolines the three guards' br_ifs name one block.
func TestSharedExitGuardsBranchAlone(t *testing.T) {
	tr := sharedExitTrace()
	rig := newLowRig(t)
	low, err := Lower(tr, rig.config())
	if err != nil {
		t.Fatal(err)
	}
	if low.Instrs >= low.Emitted {
		t.Errorf("priced %d instructions, emitted %d: the trampolines should be left out of the price", low.Instrs, low.Emitted)
	}
	for fail := int32(0); fail <= 3; fail++ {
		m := &ir.Machine{Frame: []ir.Value{{}, {Tag: 3}, {Tag: 3, Bits: 50}, {Tag: 3}}, Mem: map[uint32]ir.Word{}, Top: irgen.HeapStart}
		if fail > 0 {
			m.Frame[fail].Tag = 2
		}
		c := irgen.Case{Trace: tr, Machine: m, InitTop: m.Top}
		for _, iters := range []int{1, 7, 100} {
			if !rig.run(t, tr, c, iters, true) {
				t.Fatalf("guard %d failing, %d iterations: exec found the input undefined", fail, iters)
			}
		}
	}

	tool := wabtTool(t, "wasm2wat")
	path := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(path, low.Wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "--enable-all", path).CombinedOutput()
	if err != nil {
		t.Fatalf("wasm2wat: %v\n%s", err, out)
	}
	wat := string(out)
	if n := len(sharedExitCode.FindAllString(wat, -1)); n != 1 {
		t.Errorf("the shared snapshot's exit number is written %d times, want once (one exit)\n%s", n, wat)
	}
	seen := map[string]int{}
	brIfs := 0
	for _, m := range brIfTarget.FindAllStringSubmatch(wat, -1) {
		seen[m[1]]++
		brIfs++
	}
	if brIfs < 4 {
		t.Fatalf("%d br_ifs, want at least the 4 guards'\n%s", brIfs, wat)
	}
	for lbl, n := range seen {
		if n > 1 {
			t.Errorf("%d br_ifs branch to block %s\n%s", n, lbl, wat)
		}
	}
}
