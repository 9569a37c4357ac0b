package wasmgen

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
	"github.com/hotloop/hotloop/trace/opt"
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

	wat := watAll(t, low.Wasm)
	if n := len(sharedExitCode.FindAllString(wat, -1)); n != 1 {
		t.Errorf("the shared snapshot's exit number is written %d times, want once (one exit)\n%s", n, wat)
	}
	checkBrIfsAlone(t, wat, 4)
}

// watAll returns wasm2wat's text of b with every feature enabled (a
// root's restart is a return_call).
func watAll(t *testing.T, b []byte) string {
	t.Helper()
	tool := wabtTool(t, "wasm2wat")
	path := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "--enable-all", path).CombinedOutput()
	if err != nil {
		t.Fatalf("wasm2wat: %v\n%s", err, out)
	}
	return string(out)
}

// checkBrIfsAlone fails unless wat has at least min br_ifs and no two of
// them name the same block. wasm2wat's @N names a depth, not a block, so
// the blocks are numbered here as they open.
func checkBrIfsAlone(t *testing.T, wat string, min int) {
	t.Helper()
	var open []int // the open blocks, innermost last
	blocks := 0
	seen := map[int]int{}
	brIfs := 0
	for _, line := range strings.Split(wat, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "block", "loop", "if":
			blocks++
			open = append(open, blocks)
		case "end":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case "br_if":
			d, err := strconv.Atoi(f[1])
			if err != nil || d >= len(open) {
				continue // the function's own block
			}
			seen[open[len(open)-1-d]]++
			brIfs++
		}
	}
	if brIfs < min {
		t.Fatalf("%d br_ifs, want at least %d\n%s", brIfs, min, wat)
	}
	for b, n := range seen {
		if n > 1 {
			t.Errorf("%d br_ifs branch to block %d (counted as opened)\n%s", n, b, wat)
		}
	}
}

// TestSharedExitGuardsBranchAloneInTree checks the same of a side trace
// inlined into its root (inline.go): link_test.go's traces, the side
// trace given a second guard on its exit's snapshot.
func TestSharedExitGuardsBranchAloneInTree(t *testing.T) {
	rig := newLowRig(t)
	raw, _, _ := linkTraces(1 << 40)
	root, err := opt.Pipeline(raw, opt.Config{})
	if err != nil || root.LoopRef() == ir.Nil {
		t.Fatalf("peeling: %v\n%s", err, root)
	}
	side := ir.NewTrace("side", 4)
	b := ir.NewBuilder(side, ir.AllOn)
	total, i := b.SLoad(1, ir.Int), b.SLoad(2, ir.Int)
	s12 := b.AddSnap(ir.Snapshot{PC: 12})
	b.Guard(ir.LE, total, b.KInt(1<<40), s12)
	b.Guard(ir.LE, i, b.KInt(1<<41), s12)
	nt := b.Op2(ir.ISUB, ir.Int, total, b.KInt(1))
	ni := b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	b.Exit(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}, {Slot: 2, Tag: b.KTag(3), Val: ni}}}))
	cfg := rig.config()
	cfg.LinkBase = linkRootBase
	cfg.Inline = []InlineSide{{Exit: peeledExit(t, root, 11), Trace: side, Slot: linkSideSlot, LinkBase: linkSideBase}}
	tree, err := Lower(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	mustValidate(t, tree.Wasm)
	checkBrIfsAlone(t, watAll(t, tree.Wasm), 2)
}
