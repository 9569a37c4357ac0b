// Package wasmgen will turn optimised trace IR into WebAssembly modules
// (one fresh module per trace, importing the shared heap memory and
// function table), with a small wasm binary encoder of its own. Nothing is
// implemented yet.
package wasmgen
