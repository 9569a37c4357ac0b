// random.go binds vm/modules/random (CPython's Mersenne Twister and the
// random.py algorithms) as the module random: the module-level functions
// share one generator owned by the VM, so a seeded program prints
// CPython's numbers.

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

// randomModule fills the random module's dict.
func (vm *VM) randomModule(d gc.Value) {
	if vm.rng == nil {
		vm.rng = random.New()
	}
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
	fl("random", func([]float64) (float64, error) { return vm.rng.Random(), nil }, 0)
	fl("uniform", func(x []float64) (float64, error) { return vm.rng.Uniform(x[0], x[1]), nil }, 2)
	fl("gauss", func(x []float64) (float64, error) { return vm.rng.Gauss(x[0], x[1]), nil }, 2)
	fl("normalvariate", func(x []float64) (float64, error) { return vm.rng.NormalVariate(x[0], x[1]), nil }, 2)
	fl("expovariate", func(x []float64) (float64, error) { return vm.rng.ExpoVariate(x[0]) }, 1)
	vm.def(d, "seed", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 0 || args[0].Tag() == gc.TagNone {
			vm.rng.SeedEntropy()
			return vNone, nil
		}
		switch a := args[0]; {
		case isIntLike(a):
			vm.rng.SeedInt(new(big.Int).Abs(vm.toInt(a).Big()))
		case a.Tag() == TagStr:
			vm.rng.SeedString(vm.str(a))
		case a.Tag() == gc.TagFloat:
			h, _ := vm.hash(a)
			vm.rng.SeedHash(h)
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
		r, err := vm.rng.RandInt(a.V, b.V)
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
		r, err := vm.rng.RandRange(xs[0], xs[1], xs[2], noWarn{})
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
		v, err := random.Choice[gc.Value](vm.rng, random.Slice[gc.Value](items))
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
		err := vm.rng.Shuffle(vm.listLen(l), func(i, j int) error {
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
		out, err := random.Sample[gc.Value](vm.rng, random.Slice[gc.Value](items), int(int64(args[1].Bits())))
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.newList(out, 0), nil
	})
}
