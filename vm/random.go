// random.go binds vm/modules/random (CPython's Mersenne Twister and the
// random.py algorithms) as the module _random, which vm/lib/random.py
// re-exports: the module-level functions share one generator owned by the
// VM, so a seeded program prints CPython's numbers; _random._generator()
// returns the same set of functions bound to a fresh generator, as the
// attributes of a module object (so that a JIT trace reads them as it
// reads a module's), which is what a random.Random instance holds.
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
	"slices"
	"strings"
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
		return vm.newModule("_random", g), nil
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
	// fl defines a function of floats whose parameters are params (the
	// last ones defaulting to defaults), bound as random.py's methods bind
	// theirs; random() is a C method in CPython, with its messages.
	fl := func(name string, f func(args []float64) (float64, error), params []string, defaults ...float64) {
		meth := "Random." + name
		def(name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(params) == 0 {
				if err := vm.noKw(meth, kw); err != nil {
					return vEmpty, err
				}
				if err := vm.nargs(meth, args, 0, 0); err != nil {
					return vEmpty, err
				}
				r, _ := f(nil)
				return gc.Float(r), nil
			}
			bound, err := vm.methodArgs(meth, args, kw, params, len(defaults))
			if err != nil {
				return vEmpty, err
			}
			xs := make([]float64, len(params))
			for i, a := range bound {
				if a.IsEmpty() {
					xs[i] = defaults[i-(len(params)-len(defaults))]
					continue
				}
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
	fl("random", func([]float64) (float64, error) { return rng.Random(), nil }, nil)
	fl("uniform", func(x []float64) (float64, error) { return rng.Uniform(x[0], x[1]), nil }, []string{"a", "b"})
	fl("gauss", func(x []float64) (float64, error) { return rng.Gauss(x[0], x[1]), nil }, []string{"mu", "sigma"}, 0, 1)
	fl("normalvariate", func(x []float64) (float64, error) { return rng.NormalVariate(x[0], x[1]), nil }, []string{"mu", "sigma"}, 0, 1)
	fl("expovariate", func(x []float64) (float64, error) { return rng.ExpoVariate(x[0]) }, []string{"lambd"})
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
	fl("lognormvariate", func(x []float64) (float64, error) { return rng.LogNormVariate(x[0], x[1]) }, []string{"mu", "sigma"})
	fl("vonmisesvariate", func(x []float64) (float64, error) { return rng.VonMisesVariate(x[0], x[1]) }, []string{"mu", "kappa"})
	fl("gammavariate", func(x []float64) (float64, error) { return rng.GammaVariate(x[0], x[1]) }, []string{"alpha", "beta"})
	fl("betavariate", func(x []float64) (float64, error) { return rng.BetaVariate(x[0], x[1]) }, []string{"alpha", "beta"})
	fl("paretovariate", func(x []float64) (float64, error) { return rng.ParetoVariate(x[0]) }, []string{"alpha"})
	fl("weibullvariate", func(x []float64) (float64, error) { return rng.WeibullVariate(x[0], x[1]) }, []string{"alpha", "beta"})
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
	def("getstate", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("Random.getstate", args, 0, 0); err != nil {
			return vEmpty, err
		}
		st := rng.GetState()
		words := make([]gc.Value, len(st.Key)+1)
		for i, w := range st.Key {
			words[i] = gc.Int(int64(w))
		}
		words[len(st.Key)] = gc.Int(int64(st.Pos))
		g := vNone
		if st.HasGaussNext {
			g = gc.Float(st.GaussNext)
		}
		internal := vm.newTuple(words)
		return vm.newTuple([]gc.Value{gc.Int(3), internal, g}), nil
	})
	// _setstate(internalstate, gauss_next): _random.Random.setstate's
	// checks and random.py's gauss_next, once random.py has unpacked the
	// state and reduced a version 2 state's words.
	def("_setstate", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("_setstate", args, 2, 2); err != nil {
			return vEmpty, err
		}
		g, hasG := 0.0, false
		switch v := args[1]; {
		case v.Tag() == gc.TagFloat || isIntLike(v):
			x, err := vm.toFloat(v)
			if err != nil {
				return vEmpty, err
			}
			g, hasG = x, true
		}
		if args[0].Tag() != TagTuple {
			rng.SetGauss(g, hasG)
			return vEmpty, vm.raise("TypeError", random.MsgStateNotTuple)
		}
		items := vm.tupleItems(args[0])
		words := make([]*big.Int, len(items))
		for i, x := range items {
			if len(items) != random.StateWords+1 {
				break // SetState reports the size
			}
			if !isIntLike(x) {
				rng.SetGauss(g, hasG)
				if i == random.StateWords {
					return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(x).Name)
				}
				return vEmpty, vm.raise("TypeError", random.MsgStateElementType)
			}
			words[i] = vm.toInt(x).Big()
		}
		if err := rng.SetState(3, words, g, hasG); err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vNone, nil
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

// methodArgs binds args (the last len(kw) of them passed by the keywords
// kw) to the parameters params of the Python method meth (its self not
// counted), the last ndef of which have defaults: it returns one value
// per parameter, empty where the default applies, or CPython's TypeError
// for a call that does not fit.
func (vm *VM) methodArgs(meth string, args []gc.Value, kw []string, params []string, ndef int) ([]gc.Value, error) {
	pos := args[:len(args)-len(kw)]
	if len(pos) > len(params) {
		switch {
		case ndef == 0:
			return nil, vm.raise("TypeError", "%s() takes %d positional arguments but %d were given", meth, len(params)+1, len(pos)+1)
		default:
			return nil, vm.raise("TypeError", "%s() takes from %d to %d positional arguments but %d were given", meth, len(params)-ndef+1, len(params)+1, len(pos)+1)
		}
	}
	bound := make([]gc.Value, len(params))
	copy(bound, pos)
	for j, k := range kw {
		i := slices.Index(params, k)
		switch {
		case i < 0:
			return nil, vm.raise("TypeError", "%s() got an unexpected keyword argument '%s'", meth, k)
		case !bound[i].IsEmpty():
			return nil, vm.raise("TypeError", "%s() got multiple values for argument '%s'", meth, k)
		}
		bound[i] = args[len(pos)+j]
	}
	var missing []string
	for i, v := range bound[:len(params)-ndef] {
		if v.IsEmpty() {
			missing = append(missing, "'"+params[i]+"'")
		}
	}
	switch n := len(missing); {
	case n == 1:
		return nil, vm.raise("TypeError", "%s() missing 1 required positional argument: %s", meth, missing[0])
	case n == 2:
		return nil, vm.raise("TypeError", "%s() missing 2 required positional arguments: %s and %s", meth, missing[0], missing[1])
	case n > 2:
		return nil, vm.raise("TypeError", "%s() missing %d required positional arguments: %s, and %s", meth, n, strings.Join(missing[:n-1], ", "), missing[n-1])
	}
	return bound, nil
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

// JITRandomBits is getrandbits(k), 1 <= k <= 32, of the generator whose
// state block is st: what a trace calls when its own draw meets the
// twist.
func (vm *VM) JITRandomBits(st gc.Ref, k int64) uint64 {
	g := random.View(vm.randomCells(st))
	x, _ := g.GetRandBits64(int(max(1, min(k, 32))))
	return x
}

// JITRandomShuffle is shuffle(lst) of the generator whose shuffle
// function is fn (one JITRandomState accepts) on the list lst: the
// interpreter's own code, which swaps items in place and runs no Python
// code. ok is false if fn is not such a function.
func (vm *VM) JITRandomShuffle(fn, lst gc.Ref) bool {
	bf, ok := vm.heap.Side(fn).(*builtinFn)
	if !ok || bf.name != "shuffle" {
		return false
	}
	if _, err := bf.fn(vm, []gc.Value{mkref(TagList, lst)}, nil); err != nil {
		vm.exc = vEmpty
		return false
	}
	return true
}
