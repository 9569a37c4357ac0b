package wasmgen

import (
	"bytes"
	"context"
	"testing"
)

// setGetModule builds f(x i64) -> i64 with a fold candidate of each kind:
// a local read once right after its set (dropped), one read again later
// (a tee), one whose get is not adjacent (kept), and a pair in
// unreachable code (kept).
func setGetModule(fold bool) (*Module, *Func) {
	m := NewModule()
	f := m.NewFunc("f", Sig([]ValType{I64}, I64))
	if fold {
		f.FoldSetGet()
	}
	once, twice, apart, dead := f.Local(I64), f.Local(I64), f.Local(I64), f.Local(I64)
	f.LocalGet(0)
	f.I64Const(3)
	f.I64Add()
	f.LocalSet(once)
	f.LocalGet(once) // only read of once: dropped with its set
	f.I64Const(2)
	f.I64Mul()
	f.LocalSet(twice)
	f.LocalGet(twice) // twice is read again below: a tee
	f.LocalSet(apart)
	f.I64Const(1)
	f.LocalGet(apart) // not adjacent to its set: kept
	f.I64Add()
	f.LocalGet(twice)
	f.I64Add()
	f.Block(I64)
	f.LocalGet(0)
	f.Br(0)
	f.LocalSet(dead) // unreachable: kept
	f.LocalGet(dead)
	f.End()
	f.I64Add()
	m.ExportFunc("f", f.Index())
	return m, f
}

const setGetFolded = `(module
  (type (func (param i64) (result i64)))
  (func (type 0) (param i64) (result i64)
    (local i64 i64 i64 i64)
    local.get 0
    i64.const 3
    i64.add
    i64.const 2
    i64.mul
    local.tee 2
    local.set 3
    i64.const 1
    local.get 3
    i64.add
    local.get 2
    i64.add
    block (result i64)
      local.get 0
      br 0
      local.set 4
      local.get 4
    end
    i64.add)
  (export "f" (func 0)))
`

// TestFoldSetGet checks the folded body against the text format, that it
// validates and computes what the unfolded one does, and the counts.
func TestFoldSetGet(t *testing.T) {
	m, f := setGetModule(true)
	got := mustBytes(t, m)
	mustValidate(t, got)
	if want := wat2wasm(t, setGetFolded); !bytes.Equal(stripNames(got), want) {
		t.Fatalf("folded body differs from the expected one: %s\n%s", diffBytes(stripNames(got), want), wasm2wat(t, got))
	}
	if f.Folded() != 3 {
		t.Errorf("Folded() = %d, want 3 (one pair dropped, one made a tee)", f.Folded())
	}
	plain, pf := setGetModule(false)
	pb := mustBytes(t, plain)
	if pf.Folded() != 0 || pf.Len() != f.Len() {
		t.Errorf("unfolded: Folded() = %d, Len() = %d; folded Len() = %d", pf.Folded(), pf.Len(), f.Len())
	}
	ctx := context.Background()
	r := newRuntime(t)
	for _, x := range []uint64{0, 5, 1 << 40} {
		var res [2]uint64
		for i, b := range [][]byte{got, pb} {
			inst, err := r.Instantiate(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			out, err := inst.ExportedFunction("f").Call(ctx, x)
			if err != nil {
				t.Fatal(err)
			}
			res[i] = out[0]
			inst.Close(ctx)
		}
		want := (x+3)*2 + 1 + (x+3)*2 + x
		if res[0] != want || res[1] != want {
			t.Errorf("f(%d): folded %d, unfolded %d, want %d", x, res[0], res[1], want)
		}
	}
}
