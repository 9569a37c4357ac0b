// dictindex_test.go tests the dict and set index kept in the raw bytes of
// the entry storage block (dict.go): programs that grow, delete, clear and
// swap set bodies run with a collection at every safepoint and give
// CPython's output, and the index a Go probe reads is the one in the
// dict's current storage block, with its masks, after every kind of
// rebuild.

package vm

import (
	"testing"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// dictIndexProg grows, shrinks, clears and recombines dicts and sets; its
// output is CPython 3.11's (PYTHONHASHSEED=0 does not matter: int and
// str keys of a dict keep insertion order, and the set contents printed
// are ints).
const dictIndexProg = `d = {}
s = set()
for i in range(3000):
    d[i * 7 % 1009] = i
    d[str(i)] = i
    s.add(i * 13 % 2003)
    if i % 3 == 0:
        d.pop((i * 5) % 1009, None)
        s.discard(i % 2003)
    if i == 1000:
        d.clear()
        s.clear()
fs = frozenset(s)
t = {x for x in fs if x % 2}
t |= {1, 2, 3}
t &= s | {1, 2, 3}
t -= {5, 7}
t ^= {9, 10, 11}
print(len(d), sum(v for v in d.values()), list(d)[:5], list(d)[-3:])
print(len(s), sum(s), list(s)[:8], len(t), sum(t), list(t)[:8])
print(all(str(i) in d for i in range(2994, 3000)), 5 in s, 10 in t, hash(fs) == hash(frozenset(s)))
u = set(range(100))
while u:
    u.pop()
print(len(u), u)
`

const dictIndexOut = `2840 6125562 ['1001', 960, '1002', 967, '1003'] ['2997', '2998', '2999']
1665 1719552 [0, 2, 3, 5, 6, 7, 8, 9] 831 860759 [1, 2, 3, 10, 15, 17, 21, 23]
True True True True
0 set()
`

func TestDictIndexInStorage(t *testing.T) {
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, dictIndexProg, stress)
		if out != dictIndexOut || code != 0 {
			t.Errorf("stress %v: got %q (exit %d, stderr %q)\nwant %q", stress, out, code, errs, dictIndexOut)
		}
	}
}

// checkIndexView fails unless di.table is the index in d's current
// storage block and the mask word before it says its size and tag mask.
func checkIndexView(t *testing.T, m *VM, d gc.Value, what string) {
	t.Helper()
	di := m.dictIdx(d)
	st := m.slot(d.Ref(), 0).Ref()
	raw := uintptr(st) + gc.HeaderSize + uintptr(m.numSlots(st))*gc.ValueSize
	if got := uintptr(unsafe.Pointer(&di.table[0])) - uintptr(m.base); got != raw+dictIdxHdrBytes {
		t.Fatalf("%s: index at %#x, want %#x in the storage block", what, got, raw+dictIdxHdrBytes)
	}
	if mask := *(*uint32)(unsafe.Add(m.base, raw)); int(mask) != len(di.table)-1 {
		t.Fatalf("%s: mask word %d, index of %d slots", what, mask, len(di.table))
	}
	if tm := *(*uint32)(unsafe.Add(m.base, raw+4)); tm != di.tagMsk {
		t.Fatalf("%s: tag mask word %#x, want %#x", what, tm, di.tagMsk)
	}
	used := 0
	for _, w := range di.table {
		if w > slotDeleted {
			used++
		}
	}
	if used != di.live {
		t.Fatalf("%s: %d used index slots, %d live entries", what, used, di.live)
	}
}

func TestDictIndexView(t *testing.T) {
	m, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	d := m.newDict()
	m.heap.PushRoot(d)
	s := m.newDictTag(TagSet, 4)
	m.heap.PushRoot(s)
	checkIndexView(t, m, d, "new dict")
	checkIndexView(t, m, s, "new set")
	for i := int64(0); i < 500; i++ {
		if err := m.dictSet(d, gc.Int(i), gc.Int(i)); err != nil {
			t.Fatal(err)
		}
		if err := m.dictSet(s, gc.Int(i*3), vNone); err != nil {
			t.Fatal(err)
		}
		if i%4 == 0 {
			if _, _, err := m.dictDel(d, gc.Int(i/2)); err != nil {
				t.Fatal(err)
			}
		}
	}
	checkIndexView(t, m, d, "grown dict")
	checkIndexView(t, m, s, "grown set")
	for i := 0; i < 3; i++ {
		m.heap.Collect()
	}
	checkIndexView(t, m, d, "after collections")
	if v, ok, err := m.dictGet(d, gc.Int(499)); err != nil || !ok || v != gc.Int(499) {
		t.Fatalf("d[499] after collections: %v %v %v", v, ok, err)
	}
	m.dictReserve(d, 5000)
	checkIndexView(t, m, d, "reserved dict")
	r, err := m.setIntersection(s, s)
	if err != nil {
		t.Fatal(err)
	}
	m.setSwapBodies(s, r)
	checkIndexView(t, m, s, "swapped set")
	m.dictClear(d)
	checkIndexView(t, m, d, "cleared dict")
}
