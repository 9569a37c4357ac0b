package wasmgen

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/opt"
)

// TestInlineSlowBranchesAlone checks that the branches to the slow way at
// an inlined side path's end (the pre-loop guards redone, preloop.go, and
// the frame words checked) each name a block no other br_if names, so
// that wazero has no critical edge to split and fuses each compare into
// its jump (soloedge.go). The
// side trace sits at preloop_test.go's pre-loop exit, where the list's
// length and items loads and its bounds check are done again. With the
// branches naming the slow block itself, it fails.
func TestInlineSlowBranchesAlone(t *testing.T) {
	rig := newLowRig(t)
	raw, exit := preloopTrace(true)
	root, err := opt.Pipeline(raw, opt.Config{})
	if err != nil || root.LoopRef() == ir.Nil {
		t.Fatalf("peeling: %v\n%s", err, root)
	}
	side := ir.NewTrace("side", 5)
	b := ir.NewBuilder(side, ir.AllOn)
	k, acc := b.SLoad(2, ir.Int), b.SLoad(4, ir.Int)
	nk := b.Op2(ir.IADD, ir.Int, k, b.KInt(1))
	nacc := b.Op2(ir.ISUB, ir.Int, acc, b.KInt(1))
	b.Exit(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 2, Tag: b.KTag(3), Val: nk}, {Slot: 4, Tag: b.KTag(3), Val: nacc}}}))
	if !SideLoopsFast(side, root) {
		t.Fatalf("the side trace should be allowed back into the loop\n%s", root)
	}
	cfg := rig.config()
	cfg.LinkBase = linkRootBase
	cfg.Inline = []InlineSide{{Exit: exit, Trace: side, Slot: linkSideSlot, LinkBase: linkSideBase}}
	tree, err := Lower(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !tree.FastRestart {
		t.Fatal("the tree has no fast restart")
	}
	mustValidate(t, tree.Wasm)
	checkBrIfsAlone(t, watAll(t, tree.Wasm), 4)
}
