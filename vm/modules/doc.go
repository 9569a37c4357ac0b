// Package modules is the parent of hotloop's standard-library module
// cores: each subdirectory (random, ...) holds the Go implementation of one
// CPython 3.11 module's behaviour, written against plain Go values.
//
// The cores know nothing of Python objects. Package vm binds them to the
// object model: it converts arguments, supplies the small callback
// interfaces a core asks for where Python code may run (sequence access,
// warnings), and raises the errors a core returns as Python exceptions.
package modules
