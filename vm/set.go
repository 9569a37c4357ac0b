// set.go keeps, for set and frozenset, a replica of the slot layout of
// CPython 3.11's set table (open addressing with linear probes of 9 and
// perturbed jumps, dummies on deletion, the same growth rules and merge
// paths), because a set iterates and prints in the order of its table
// slots. The entries themselves stay in the dict storage shared with dict;
// the replica maps CPython's slots to entry numbers. With str hashes equal
// to CPython's (strhash.go), sets of ints and strs print in CPython's order.

package vm

import "github.com/hotloop/hotloop/gc"

// Set table constants as in CPython.
const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
	ctabEmpty    = -1
	ctabDummy    = -2
)

// cset is the replica of CPython's set table.
type cset struct {
	tab        []int32 // slot -> entry number, ctabEmpty or ctabDummy
	fill, used int
}

func newCset(size int) *cset {
	c := &cset{tab: make([]int32, size)}
	for i := range c.tab {
		c.tab[i] = ctabEmpty
	}
	return c
}

// isSetTag reports whether values with tag t use the set layout.
func isSetTag(t gc.Tag) bool { return t == TagSet || t == TagFrozenset }

// add records a new entry e with hash h (known absent), as set_add_entry.
func (c *cset) add(e int32, h int64, hashes []int64) {
	mask := uint64(len(c.tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			x := c.tab[j]
			if x == ctabEmpty {
				if free >= 0 {
					c.tab[free] = e
					c.used++
					return
				}
				c.tab[j] = e
				c.fill++
				c.used++
				if uint64(c.fill)*5 >= mask*3 {
					n := c.used * 4
					if c.used > 50000 {
						n = c.used * 2
					}
					c.resize(n, hashes)
				}
				return
			}
			if x == ctabDummy && free < 0 {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean places entry e in a table with no dummies and no duplicate.
func insertClean(tab []int32, e int32, h int64) {
	mask := uint64(len(tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		if tab[i] == ctabEmpty {
			tab[i] = e
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if tab[i+j] == ctabEmpty {
					tab[i+j] = e
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for minused, as set_table_resize.
func (c *cset) resize(minused int, hashes []int64) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := c.tab
	c.tab = make([]int32, size)
	for i := range c.tab {
		c.tab[i] = ctabEmpty
	}
	for _, e := range old {
		if e >= 0 {
			insertClean(c.tab, e, hashes[e])
		}
	}
	c.fill = c.used
}

// remove turns entry e's slot (e has hash h) into a dummy. It follows
// the probe sequence of add, so it costs what a lookup costs; entry numbers
// are unique, so the first slot holding e is the one.
func (c *cset) remove(e int32, h int64) {
	mask := uint64(len(c.tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			switch c.tab[j] {
			case e:
				c.tab[j] = ctabDummy
				c.used--
				return
			case ctabEmpty:
				// Not reachable for a live entry; scan rather than lose it.
				c.removeScan(e)
				return
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// removeScan is remove by exhaustive search, the fallback if the probe
// sequence ever misses (it would mean a table invariant was broken).
func (c *cset) removeScan(e int32) {
	for i, x := range c.tab {
		if x == e {
			c.tab[i] = ctabDummy
			c.used--
			return
		}
	}
}

// order returns the live entry numbers in table order.
func (c *cset) order() []int32 {
	out := make([]int32, 0, c.used)
	for _, x := range c.tab {
		if x >= 0 {
			out = append(out, x)
		}
	}
	return out
}

// setMerge adds the items of set other to set so, following set_merge.
func (vm *VM) setMerge(so, other gc.Value) error {
	if so == other {
		return nil
	}
	odi := vm.dictIdx(other)
	oc := odi.cs
	if oc.used == 0 {
		return nil
	}
	di := vm.dictIdx(so)
	c := di.cs
	if (c.fill+oc.used)*5 >= (len(c.tab)-1)*3 {
		c.resize((c.used+oc.used)*2, di.hashes)
	}
	oents := vm.dictEntries(other)
	if c.fill == 0 && len(c.tab) == len(oc.tab) && oc.fill == oc.used {
		// copy the layout slot for slot
		for i, x := range oc.tab {
			if x >= 0 {
				k, h := oents[2*x], odi.hashes[x]
				if err := vm.dictInsertRaw(so, k, vNone, h); err != nil {
					return err
				}
				c.tab[i] = int32(di.n - 1)
				c.fill++
				c.used++
			}
		}
		return nil
	}
	if c.fill == 0 {
		for _, x := range oc.tab {
			if x >= 0 {
				k, h := oents[2*x], odi.hashes[x]
				if err := vm.dictInsertRaw(so, k, vNone, h); err != nil {
					return err
				}
				insertClean(c.tab, int32(di.n-1), h)
				c.fill++
				c.used++
			}
		}
		return nil
	}
	for _, x := range oc.order() {
		oents = vm.dictEntries(other)
		if err := vm.dictSetHash(so, oents[2*x], vNone, odi.hashes[x]); err != nil {
			return err
		}
	}
	return nil
}
