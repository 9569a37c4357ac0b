// setkeycopy.go holds the copy of a set's (or dict's) keys and stored
// hashes that the set operations walk (&, -, ^ and their in-place forms).
// The walk needs a copy because an __eq__ it runs may change the set, but
// making a fresh copy for every operation was a fifth of bench/set_ops'
// Go garbage (docs/memory.md "Set and dict garbage (setgc28)"). The VM
// keeps one pair of buffers that an operation borrows and gives back; an
// operation that starts while the buffers are out (Python code inside
// another one's walk) gets fresh ones.

package vm

import "github.com/hotloop/hotloop/gc"

// maxKeptKeyCopy bounds the entries of the buffers the VM keeps between
// operations, so that one huge set does not pin its copy's memory for
// the rest of the run (16 bytes an entry: 2 MiB).
const maxKeptKeyCopy = 1 << 17

// keyCopy is a set's live keys in iteration order with their stored
// hashes: hs[i] is the hash of ks[i].
type keyCopy struct {
	ks []gc.Value
	hs []int64
}

// setKeysHashes returns set or dict d's live keys in iteration order with
// their stored hashes, in buffers the caller must give back with
// releaseKeyCopy once it no longer reads them.
func (vm *VM) setKeysHashes(d gc.Value) *keyCopy {
	kc := vm.spareKeyCopy
	if kc == nil {
		kc = &keyCopy{}
	}
	vm.spareKeyCopy = nil
	di := vm.dictIdx(d)
	if cap(kc.ks) < di.live {
		kc.ks = make([]gc.Value, 0, di.live)
		kc.hs = make([]int64, 0, di.live)
	}
	ks, hs := kc.ks[:0], kc.hs[:0]
	ents := vm.dictEntries(d)
	if di.cs != nil {
		for _, e := range di.cs.tab {
			if e >= 0 && int(e) < di.n && !ents[2*e].IsEmpty() {
				ks, hs = append(ks, ents[2*e]), append(hs, di.hashes[e])
			}
		}
	} else {
		for e := 0; e < di.n; e++ {
			if !ents[2*e].IsEmpty() {
				ks, hs = append(ks, ents[2*e]), append(hs, di.hashes[e])
			}
		}
	}
	kc.ks, kc.hs = ks, hs
	return kc
}

// releaseKeyCopy gives back buffers from setKeysHashes for the next
// operation to reuse (unless they are too big to keep).
func (vm *VM) releaseKeyCopy(kc *keyCopy) {
	if cap(kc.ks) > maxKeptKeyCopy {
		return
	}
	vm.spareKeyCopy = kc
}
