// Package wasmgen is hotloop's WebAssembly binary encoder: a module builder
// (types, imports, functions, table, memory, globals, exports, start,
// element and data segments, a "name" section) and a function body builder
// with one typed method per instruction the JIT emits.
//
// Every instruction is type-checked as it is appended, with the validation
// algorithm of the WebAssembly specification (operand stack of value types,
// control stack of frames, polymorphic stack after br/return/unreachable),
// so a malformed body is reported by Func.Finish or Module.Bytes as a Go
// error naming the function and the instruction index, never later by
// wazero. The encoding is canonical: the tests compare it byte for byte
// with wabt's wat2wasm.
//
// The feature set is the MVP plus what the trace compiler uses: sign
// extension, non-trapping float-to-int conversion, memory.copy/memory.fill,
// multi-value block results, mutable-global import/export, and the
// tail-call proposal's return_call (a runtime must enable it: CoreFeatures).
// See docs/wasmgen.md.
package wasmgen
