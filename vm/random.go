// random.go binds vm/modules/random (CPython's Mersenne Twister and the
// random.py algorithms) as the module _random, which vm/lib/random.py
// re-exports: the module-level functions share one generator owned by the
// VM, so a seeded program prints CPython's numbers; _random._generator()
// returns the same set of functions bound to a fresh generator, which is
// what a random.Random instance holds.
//
// Each generator's twister state lives in a block of the gc heap
// (random.Cells, kindMisc, no value slots) so that a JIT trace can draw
// random() with loads and stores (docs/jit.md "random in traces"). Every
// builtin function of a generator has a second value slot holding that
// block (TagStorage): the functions keep the state alive, and the JIT
// finds a generator's state from the function it calls. The module's
// shared generator's block is also a permanent root, since vm.rng
// outlives any one import of _random.

package vm

import (
	"math/big"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/modules/random"
)

// noWarn drops random's deprecation warnings (warnings are not modelled).
type noWarn struct{}

func (noWarn) DeprecationWarning(string) error { return nil }

// intArg wraps an int value for random's IntArg.
func (vm *VM) intArg(v gc.Value) (random.Int, error) {
	if !isIntLike(v) {
		return random.Int{}, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
	}
	return random.Int{V: vm.toInt(v).Big()}, nil
}

// randomModule fills the _random module's dict.
func (vm *VM) randomModule(d gc.Value) {
	if vm.rng == nil {
		vm.rng = random.New()
		vm.rngState = vm.heapGenerator(vm.rng)
		vm.heap.AddPermanentRoot(vm.rngState)
	}
	vm.fillRandom(d, vm.rng, vm.rngState)
	vm.def(d, "_generator", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		g := vm.newDict()
		rng := random.New()
		vm.fillRandom(g, rng, vm.heapGenerator(rng))
		return g, nil
	})
}

// heapGenerator moves rng's twister state into a new heap block and
// returns the block (TagStorage).
func (vm *VM) heapGenerator(rng *random.Random) gc.Value {
	r := vm.alloc(kindMisc, 0, int(random.CellsSize))
	rng.MoveTo(vm.randomCells(r))
	return mkref(TagStorage, r)
}

// randomCells is the twister state in the heap block r.
func (vm *VM) randomCells(r gc.Ref) *random.Cells {
	return (*random.Cells)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize))
}

// defRandom defines in d the builtin name of the generator whose state is
// the block state: a builtin with a second value slot holding state.
func (vm *VM) defRandom(d gc.Value, name string, fn bfunc, state gc.Value) {
	r := vm.alloc(kindBuiltin, 2, 0)
	vm.heap.SetSide(r, &builtinFn{name: name, fn: fn, static: true})
	vm.setSlot(r, 1, state)
	vm.dictSet(d, vm.intern(name), mkref(TagBuiltin, r))
}

// randomState returns the state block of a generator's builtin function
// fn (one defRandom made) and its name.
func (vm *VM) randomState(fn gc.Value) (gc.Ref, string, bool) {
	if fn.Tag() != TagBuiltin || vm.numSlots(fn.Ref()) != 2 || !vm.slot(fn.Ref(), 0).IsEmpty() {
		return 0, "", false
	}
	st := vm.slot(fn.Ref(), 1)
	if st.Tag() != TagStorage || vm.kindOf(st.Ref()) != kindMisc {
		return 0, "", false
	}
	bf, ok := vm.heap.Side(fn.Ref()).(*builtinFn)
	if !ok {
		return 0, "", false
	}
	return st.Ref(), bf.name, true
}

// fillRandom defines in d the functions of one generator, rng, whose
// state is the heap block state.
func (vm *VM) fillRandom(d gc.Value, rng *random.Random, state gc.Value) {
	def := func(name string, fn bfunc) { vm.defRandom(d, name, fn, state) }
	fl := func(name string, f func(args []float64) (float64, error), n int) {
		def(name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, n, n); err != nil {
				return vEmpty, err
			}
			xs := make([]float64, n)
			for i, a := range args {
				x, err := vm.toFloat(a)
				if err != nil {
					return vEmpty, err
				}
				xs[i] = x
			}
			r, err := f(xs)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return gc.Float(r), nil
		})
	}
	fl("random", func([]float64) (float64, error) { return rng.Random(), nil }, 0)
	fl("uniform", func(x []float64) (float64, error) { return rng.Uniform(x[0], x[1]), nil }, 2)
	fl("gauss", func(x []float64) (float64, error) { return rng.Gauss(x[0], x[1]), nil }, 2)
	fl("normalvariate", func(x []float64) (float64, error) { return rng.NormalVariate(x[0], x[1]), nil }, 2)
	fl("expovariate", func(x []float64) (float64, error) { return rng.ExpoVariate(x[0]) }, 1)
	def("seed", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 0 || args[0].Tag() == gc.TagNone {
			rng.SeedEntropy()
			return vNone, nil
		}
		switch a := args[0]; {
		case isIntLike(a):
			rng.SeedInt(new(big.Int).Abs(vm.toInt(a).Big()))
		case a.Tag() == TagStr:
			rng.SeedString(vm.str(a))
		case a.Tag() == gc.TagFloat:
			h, _ := vm.hash(a)
			rng.SeedHash(h)
		default:
			return vEmpty, vm.raise("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
		}
		return vNone, nil
	})
	def("randint", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("randint", args, 2, 2); err != nil {
			return vEmpty, err
		}
		a, err := vm.intArg(args[0])
		if err != nil {
			return vEmpty, err
		}
		b, err := vm.intArg(args[1])
		if err != nil {
			return vEmpty, err
		}
		r, err := rng.RandInt(a.V, b.V)
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.newBig(r), nil
	})
	def("randrange", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("randrange", args, 1, 3); err != nil {
			return vEmpty, err
		}
		var xs [3]random.IntArg
		for i, a := range args {
			x, err := vm.intArg(a)
			if err != nil {
				return vEmpty, err
			}
			xs[i] = x
		}
		r, err := rng.RandRange(xs[0], xs[1], xs[2], noWarn{})
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.newBig(r), nil
	})
	def("choice", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("choice", args, 1, 1); err != nil {
			return vEmpty, err
		}
		items, err := vm.collect(args[0])
		if err != nil {
			return vEmpty, err
		}
		v, err := random.Choice[gc.Value](rng, random.Slice[gc.Value](items))
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return v, nil
	})
	def("shuffle", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("shuffle", args, 1, 1); err != nil {
			return vEmpty, err
		}
		l := args[0]
		if l.Tag() != TagList {
			return vEmpty, vm.raise("TypeError", "shuffle() needs a list")
		}
		err := rng.Shuffle(vm.listLen(l), func(i, j int) error {
			items := vm.listItems(l)
			items[i], items[j] = items[j], items[i]
			return nil
		})
		return vNone, err
	})
	def("sample", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("sample", args, 2, 2); err != nil {
			return vEmpty, err
		}
		items, err := vm.collect(args[0])
		if err != nil {
			return vEmpty, err
		}
		if !isIntLike(args[1]) {
			return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(args[1]).Name)
		}
		out, err := random.Sample[gc.Value](rng, random.Slice[gc.Value](items), int(int64(args[1].Bits())))
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.newList(out, 0), nil
	})
	fl("lognormvariate", func(x []float64) (float64, error) { return rng.LogNormVariate(x[0], x[1]) }, 2)
	fl("vonmisesvariate", func(x []float64) (float64, error) { return rng.VonMisesVariate(x[0], x[1]) }, 2)
	fl("gammavariate", func(x []float64) (float64, error) { return rng.GammaVariate(x[0], x[1]) }, 2)
	fl("betavariate", func(x []float64) (float64, error) { return rng.BetaVariate(x[0], x[1]) }, 2)
	fl("paretovariate", func(x []float64) (float64, error) { return rng.ParetoVariate(x[0]) }, 1)
	fl("weibullvariate", func(x []float64) (float64, error) { return rng.WeibullVariate(x[0], x[1]) }, 2)
	def("triangular", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("triangular", args, 3, 3); err != nil {
			return vEmpty, err
		}
		var xs [2]float64
		for i := range xs {
			x, err := vm.toFloat(args[i])
			if err != nil {
				return vEmpty, err
			}
			xs[i] = x
		}
		var mode *float64
		if args[2].Tag() != gc.TagNone {
			m, err := vm.toFloat(args[2])
			if err != nil {
				return vEmpty, err
			}
			mode = &m
		}
		r, err := rng.Triangular(xs[0], xs[1], mode)
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return gc.Float(r), nil
	})
	def("getrandbits", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("getrandbits", args, 1, 1); err != nil {
			return vEmpty, err
		}
		k, err := vm.intArg(args[0])
		if err != nil {
			return vEmpty, err
		}
		if !k.V.IsInt64() {
			return vEmpty, vm.raise("OverflowError", "Python int too large to convert to C int")
		}
		r, err := rng.GetRandBits(k.V.Int64())
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.newBig(r), nil
	})
	// _choices(population, weights or None, cum_weights or None, k): the
	// keyword handling is random.py's.
	def("_choices", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("_choices", args, 4, 4); err != nil {
			return vEmpty, err
		}
		items, err := vm.collect(args[0])
		if err != nil {
			return vEmpty, err
		}
		if !isIntLike(args[3]) {
			return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(args[3]).Name)
		}
		k := int(vm.toInt(args[3]).Big().Int64())
		floats := func(v gc.Value) ([]float64, error) {
			ws, err := vm.collect(v)
			if err != nil {
				return nil, err
			}
			out := make([]float64, len(ws))
			for i, w := range ws {
				if out[i], err = vm.toFloat(w); err != nil {
					return nil, err
				}
			}
			return out, nil
		}
		var out []gc.Value
		switch {
		case args[1].Tag() != gc.TagNone:
			ws, err := floats(args[1])
			if err != nil {
				return vEmpty, err
			}
			out, err = random.ChoicesWeights[gc.Value](rng, random.Slice[gc.Value](items), ws, k)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
		case args[2].Tag() != gc.TagNone:
			cw, err := floats(args[2])
			if err != nil {
				return vEmpty, err
			}
			out, err = random.ChoicesCumWeights[gc.Value](rng, random.Slice[gc.Value](items), cw, k)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
		default:
			out, err = random.Choices[gc.Value](rng, random.Slice[gc.Value](items), k)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
		}
		return vm.newList(out, 0), nil
	})
}

// The layout a trace reads to draw random() itself (trace/record_random.go).
const (
	// JITRandomFnStateOff is the byte offset, in a generator's builtin
	// function, of the payload of the slot holding its state block.
	JITRandomFnStateOff = gc.HeaderSize + gc.ValueSize + 8
	// JITRandomPosOff is the byte offset of the position word in a state
	// block (an int64: the index of the next word to temper).
	JITRandomPosOff = gc.HeaderSize + int64(random.CellsPosOff)
	// JITRandomMTOff is the byte offset of word 0 of the state in a state
	// block; word i is 16*i further, an 8-byte little-endian integer.
	JITRandomMTOff = gc.HeaderSize + int64(random.CellsMTOff)
	// JITRandomWords is the number of words of state (624).
	JITRandomWords = random.StateWords
)

// JITRandomState returns, for a builtin function of a generator (the
// module's or a random.Random instance's), the generator's state block
// and the function's name; ok is false for any other value.
func (vm *VM) JITRandomState(fn gc.Value) (state gc.Ref, name string, ok bool) {
	return vm.randomState(fn)
}

// JITRandomDraw is random() of the generator whose state block is st:
// what a trace calls when the draw needs the twist (at most once per 312
// draws), the other draws being the trace's own loads.
func (vm *VM) JITRandomDraw(st gc.Ref) float64 {
	g := random.View(vm.randomCells(st))
	return g.Random()
}
