// Package syntax is hotloop's Python 3.11 front end: source decoding
// (PEP 263), the tokenizer, a hand-written PEG-style parser transcribed from
// CPython's grammar, the AST (one Go type per node class of CPython's ast
// module), and SyntaxError reports formatted as CPython prints them.
//
// The measure of correctness is CPython itself: Dump prints a tree exactly
// as ast.dump does, and the tests compare it with CPython over the whole
// standard library.
package syntax
