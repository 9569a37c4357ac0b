// Package vm is hotloop's Python virtual machine: the object model on the
// gc heap, the interpreter loop over vm/bytecode's register code, the
// builtins and the sys module. The front end (vm/syntax), the scope
// analysis (vm/symtable) and the compiler (vm/compile) are subpackages;
// vm/num and vm/strfmt supply exact numeric and formatting semantics.
//
// Use New to build a VM and RunFile to run a compiled module as __main__.
// Values are gc.Values (16 bytes, no Go pointer); every object is a block
// in the heap's linear memory, read through unsafe views, so that JIT
// traces can later read the same bytes natively. docs/vm.md describes the
// design and what is built.
//
// File map: vm.go (VM, roots, RunFile), object.go (tags, kinds, heap
// accessors, str/tuple/list), dict.go and set.go (dict, and the CPython set
// layout replica), types.go and typeinit.go (type objects, the builtin
// types and exception hierarchy), interp.go (the eval loop), call.go
// (calls, argument binding, classes, super), attrs.go (attributes,
// subscription, match support), ops.go (operators), iter.go (ranges and
// iterators), gen.go (generators), exc.go and carets.go (exceptions and
// CPython's traceback printout), repr.go (repr/str/format), builtins.go,
// methods.go, modules.go (native modules), mathmod.go and random.go (math
// and random over vm/modules/math and vm/modules/random), imports.go (modules beside the script), shape.go
// (hidden classes for instance attributes), strhash.go (CPython's str
// hash), hook.go (the eval-loop hook), interrupt.go (Ctrl-C: the
// interrupt word polled at back-edges and calls, KeyboardInterrupt, the
// time limit).
//
// vm knows nothing of the JIT: package jit installs itself through the Hook
// interface, so the dependency points one way.
package vm
