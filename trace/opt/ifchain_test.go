package opt

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestIfChain checks the dispatch recognition: one value compared for
// equality with three others (constants or loaded values, EQ or NE) is a
// chain; two, the same one three times, or three values each compared
// once (tag guards) are not; nor are other conditions.
func TestIfChain(t *testing.T) {
	cases := []struct {
		name  string
		build func(b *ir.Builder, s ir.SnapID)
		want  bool
	}{
		{"three constants", func(b *ir.Builder, s ir.SnapID) {
			op := b.SLoad(0, ir.Int)
			b.Guard(ir.NE, op, b.KInt(1), s)
			b.Guard(ir.NE, op, b.KInt(2), s)
			b.Guard(ir.EQ, op, b.KInt(3), s)
		}, true},
		{"loaded values", func(b *ir.Builder, s ir.SnapID) {
			op := b.SLoad(0, ir.Int)
			for slot := int32(1); slot <= 3; slot++ {
				b.Guard(ir.NE, op, b.SLoad(slot, ir.Int), s)
			}
		}, true},
		{"two", func(b *ir.Builder, s ir.SnapID) {
			op := b.SLoad(0, ir.Int)
			b.Guard(ir.NE, op, b.KInt(1), s)
			b.Guard(ir.EQ, op, b.KInt(2), s)
		}, false},
		{"one value thrice", func(b *ir.Builder, s ir.SnapID) {
			op := b.SLoad(0, ir.Int)
			for range 3 {
				b.Guard(ir.NE, op, b.KInt(1), s)
			}
		}, false},
		{"tag guards", func(b *ir.Builder, s ir.SnapID) {
			for slot := int32(0); slot < 3; slot++ {
				b.Guard(ir.EQ, b.SLoad(slot, ir.Tag), b.KTag(tagInt), s)
			}
		}, false},
		{"ranges", func(b *ir.Builder, s ir.SnapID) {
			op := b.SLoad(0, ir.Int)
			b.Guard(ir.LT, op, b.KInt(10), s)
			b.Guard(ir.GE, op, b.KInt(0), s)
			b.Guard(ir.NE, op, b.KInt(5), s)
		}, false},
	}
	for _, c := range cases {
		tr, b := raw()
		c.build(b, snapAt(b, 1))
		b.JLoop(snapAt(b, 0))
		if err := ir.Verify(tr); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, tr)
		}
		if got := IfChain(tr); got != c.want {
			t.Errorf("%s: IfChain = %v, want %v\n%s", c.name, got, c.want, tr)
		}
	}
}
