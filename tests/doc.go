// Package tests holds hotloop's end-to-end tests: the golden corpus
// (corpus/<area>/<name>.py run by the hotloop binary and compared with what
// CPython 3.11 printed, see README.md and regen.py) and the comparison of the
// front end's AST with CPython's over the standard library. It has no
// non-test code.
package tests
