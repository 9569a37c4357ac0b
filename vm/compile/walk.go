package compile

// This file holds scanScope, a walk over the part of a syntax tree that
// belongs to one scope: it visits every node but does not enter the bodies
// of nested functions, lambdas and classes (their decorators, defaults,
// annotations, bases and keywords are evaluated in the enclosing scope and
// are visited). The compiler uses it to find which fast locals are deleted
// or assigned by a walrus. It walks by reflection over the AST structs,
// which all hold their children as Node-typed fields or slices.

import (
	"reflect"

	"github.com/hotloop/hotloop/vm/syntax"
)

var nodeType = reflect.TypeOf((*syntax.Node)(nil)).Elem()

// scanScope calls f on n and on its descendants within n's scope.
func scanScope(n syntax.Node, f func(syntax.Node)) {
	scanPruned(n, func(n syntax.Node) bool { f(n); return true })
}

// scanPruned is scanScope where f also says whether to visit the node's
// children.
func scanPruned(n syntax.Node, f func(syntax.Node) bool) {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return
	}
	if !f(n) {
		return
	}
	switch n := n.(type) {
	case *syntax.FunctionDef:
		scanList(n.DecoratorList, f)
		scanArgs(n.Args, f)
		scanPruned(n.Returns, f)
		return
	case *syntax.AsyncFunctionDef:
		scanList(n.DecoratorList, f)
		scanArgs(n.Args, f)
		scanPruned(n.Returns, f)
		return
	case *syntax.ClassDef:
		scanList(n.DecoratorList, f)
		scanList(n.Bases, f)
		for _, k := range n.Keywords {
			scanPruned(k.Value, f)
		}
		return
	case *syntax.Lambda:
		scanArgs(n.Args, f)
		return
	}
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		fv := v.Field(i)
		switch {
		case fv.Kind() == reflect.Interface && fv.Type().Implements(nodeType):
			if !fv.IsNil() {
				scanPruned(fv.Interface().(syntax.Node), f)
			}
		case fv.Kind() == reflect.Pointer && fv.Type().Implements(nodeType):
			if !fv.IsNil() {
				scanPruned(fv.Interface().(syntax.Node), f)
			}
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Implements(nodeType):
			for j := 0; j < fv.Len(); j++ {
				e := fv.Index(j)
				if !e.IsNil() {
					scanPruned(e.Interface().(syntax.Node), f)
				}
			}
		}
	}
}

func scanList(es []syntax.Expr, f func(syntax.Node) bool) {
	for _, e := range es {
		scanPruned(e, f)
	}
}

// scanArgs visits what a def or lambda evaluates in the enclosing scope.
func scanArgs(a *syntax.Arguments, f func(syntax.Node) bool) {
	if a == nil {
		return
	}
	scanList(a.Defaults, f)
	for _, d := range a.KwDefaults {
		if d != nil {
			scanPruned(d, f)
		}
	}
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, arg := range list {
			if arg != nil && arg.Annotation != nil {
				scanPruned(arg.Annotation, f)
			}
		}
	}
}
