// builtin_kw.go makes the builtin functions that CPython defines without
// keyword parameters refuse keyword arguments ("len() takes no keyword
// arguments"): the Go implementations receive keyword values appended to
// the positional ones and would otherwise take them by position. sorted()'s
// positional-only iterable gets CPython's count message.

package vm

import "github.com/hotloop/hotloop/gc"

// noKeywordBuiltins are the builtins whose CPython signature has no
// keyword parameter.
var noKeywordBuiltins = []string{
	"abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir",
	"divmod", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
	"isinstance", "issubclass", "iter", "aiter", "anext", "len", "locals",
	"next", "oct", "ord", "repr", "setattr", "vars", "input",
}

// wrapBuiltin replaces the Go function of the builtin called name.
func (vm *VM) wrapBuiltin(name string, wrap func(inner bfunc) bfunc) {
	v, ok := vm.dictGetStr(vm.builtins, vm.intern(name))
	if !ok || v.Tag() != TagBuiltin {
		return
	}
	bf := vm.heap.Side(v.Ref()).(*builtinFn)
	bf.fn = wrap(bf.fn)
}

// initBuiltinKeywords installs the checks on the builtins.
func (vm *VM) initBuiltinKeywords() {
	for _, name := range noKeywordBuiltins {
		if v, ok := vm.dictGetStr(vm.builtins, vm.intern(name)); ok && v.Tag() == TagBuiltin {
			bf := vm.heap.Side(v.Ref()).(*builtinFn)
			bf.noKw = bf.fn
		}
		vm.wrapBuiltin(name, func(inner bfunc) bfunc {
			return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if len(kw) > 0 {
					return vEmpty, vm.raise("TypeError", "%s() takes no keyword arguments", name)
				}
				return inner(vm, args, kw)
			}
		})
	}
	vm.wrapBuiltin("sorted", func(inner bfunc) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if n := len(args) - len(kw); n != 1 {
				return vEmpty, vm.raise("TypeError", "sorted expected 1 argument, got %d", n)
			}
			return inner(vm, args, kw)
		}
	})
}
