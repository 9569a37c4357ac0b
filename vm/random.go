// random.go binds vm/modules/random (CPython's Mersenne Twister and the
// random.py algorithms) as the module _random, which vm/lib/random.py
// re-exports: the module-level functions share one generator owned by the
// VM, so a seeded program prints CPython's numbers; _random._generator()
// returns the same set of functions bound to a fresh generator, which is
// what a random.Random instance holds.

package vm

import (
	"math/big"

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
	}
	vm.fillRandom(d, vm.rng)
	vm.def(d, "_generator", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		g := vm.newDict()
		vm.fillRandom(g, random.New())
		return g, nil
	})
}

// fillRandom defines in d the functions of one generator, rng.
func (vm *VM) fillRandom(d gc.Value, rng *random.Random) {
	fl := func(name string, f func(args []float64) (float64, error), n int) {
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "seed", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "randint", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "randrange", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "choice", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "shuffle", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "sample", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "triangular", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "getrandbits", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
	vm.def(d, "_choices", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
