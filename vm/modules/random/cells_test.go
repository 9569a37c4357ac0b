// This file tests a generator whose state lives outside the Go heap (the
// interpreter puts it in the gc heap's linear memory): after MoveTo, and
// through View sharing the same state, it draws CPython's numbers across
// the twist, from every position a state can hold near it.

package random

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// foreignCells returns Cells in a byte buffer, 16-byte aligned, as the
// interpreter's heap block holds them.
func foreignCells() *Cells {
	buf := make([]byte, CellsSize+16)
	p := unsafe.Pointer(&buf[0])
	return (*Cells)(unsafe.Add(p, (16-uintptr(p)%16)%16))
}

func TestCellsDrawCPythonSequence(t *testing.T) {
	out := runPython(t, "testdata/pycells.py", nil)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 7 {
		t.Fatalf("python printed %d lines", len(lines))
	}
	parse := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("bad float %q", s)
		}
		return f
	}
	// 1300 draws from seed 12345: four twists, the generator's own draws
	// alternating with draws through a View of the same state.
	r := NewFromInt64(12345)
	r.MoveTo(foreignCells())
	for i, w := range strings.Fields(lines[0]) {
		var got float64
		if i%2 == 0 {
			got = r.Random()
		} else {
			v := View(r.Cells())
			got = v.Random()
		}
		if want := parse(w); got != want {
			t.Fatalf("draw %d: %v, want %v", i, got, want)
		}
	}
	if r.Cells().Pos != 2600-4*StateWords {
		t.Fatalf("position %d after 2600 words", r.Cells().Pos)
	}
	// States set at positions around the twist.
	for k, pos := range []int{0, 1, 311, 622, 623, 624} {
		r := NewFromInt64(5)
		st := r.GetState()
		st.Pos = pos
		r.MoveTo(foreignCells())
		if err := r.Restore(st); err != nil {
			t.Fatal(err)
		}
		want := strings.Fields(lines[k+1])
		for i, w := range want {
			var got string
			switch i {
			case 3, 4:
				x, _ := r.GetRandBits64(32)
				got = strconv.FormatUint(x, 10)
			default:
				v := View(r.Cells())
				if f := v.Random(); f != parse(w) {
					t.Fatalf("pos %d draw %d: %v, want %s", pos, i, f, w)
				}
				continue
			}
			if got != w {
				t.Fatalf("pos %d draw %d: %s, want %s", pos, i, got, w)
			}
		}
		// 10 words drawn; a twist on the way moves the words and
		// restarts the position.
		twisted := pos+10 > StateWords
		wantPos := pos + 10
		if twisted {
			wantPos -= StateWords
		}
		if back := r.GetState(); (back.Key != st.Key) != twisted || back.Pos != wantPos {
			t.Fatalf("pos %d: position %d, words changed %v", pos, back.Pos, back.Key != st.Key)
		}
	}
}

func TestCellsLayout(t *testing.T) {
	if CellsPosOff != 0 || CellsMTOff != 16 || CellSize != 16 || CellsSize != 16+16*StateWords {
		t.Fatalf("layout: pos %d mt %d cell %d size %d", CellsPosOff, CellsMTOff, CellSize, CellsSize)
	}
	// A cell's first 8-byte word is its state word (the trace loads it so).
	var c Cells
	c.MT[5].W = 0xdeadbeef
	w := *(*uint64)(unsafe.Pointer(&c.MT[5]))
	if w != 0xdeadbeef {
		t.Fatalf("cell word %#x", w)
	}
}
