// fastcall_attr.go makes the attribute caches of LOADATTR, STOREATTR and
// LOADMETHOD polymorphic. A method defined on a base class runs with self
// of several subclasses (richards' Task methods see four task classes), so
// a cache that remembers one type version missed on most executions and
// paid an MRO lookup and a shape lookup each time. Each instruction's
// cache keeps its first entry plus attrPolyN more, allocated the first time
// the instruction sees a second type; entries stay where they are (no
// move-to-front), so a site that alternates between types costs a short
// scan and no copying.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// attrPolyN is how many entries an attribute cache keeps besides its
// first one.
const attrPolyN = 3

// entryFor returns the entry of c for type version ver: the one that
// holds ver, or else one for the caller to fill (its ver differs). c
// itself is the entry while it is unused. When all entries are taken the
// oldest extra entry is dropped.
func (c *attrCache) entryFor(ver uint64) *attrCache {
	if c.ver == 0 || c.ver == ver {
		return c
	}
	p := c.poly
	if p == nil {
		p = new([attrPolyN]attrCache)
		c.poly = p
	}
	for i := range p {
		if p[i].ver == ver || p[i].ver == 0 {
			return &p[i]
		}
	}
	copy(p[:], p[1:])
	p[attrPolyN-1] = attrCache{}
	return &p[attrPolyN-1]
}

// attrCapMax bounds the attribute slots an instance is created with (the
// growth on overflow in instSet stops at the same size).
const attrCapMax = 32

// initialAttrCap estimates how many attributes instances of t get: the
// distinct names the methods of t and its Python bases store on their
// first parameter (`self.x = ...`, STOREATTR on register 0), at least 4.
// An instance that outgrows its slots moves to a dict for good, and its
// attribute loads then miss the inline caches; types with few, long-lived
// instances (richards' tasks: one per class, each with ten attributes set
// by two __init__s) used to have every instance in dict mode.
func (vm *VM) initialAttrCap(t *Type) int {
	names := map[string]bool{}
	for _, b := range t.MRO {
		if b.inst != TagObject || b.Module == "builtins" {
			continue
		}
		vm.dictEach(b.Dict, func(_, v gc.Value) bool {
			if v.Tag() != TagFunc {
				return true
			}
			c := vm.funcCode(v).code
			if c.ArgCount == 0 {
				return true
			}
			for _, ins := range c.Instrs {
				if ins.Op() == bytecode.STOREATTR && ins.A() == 0 {
					if s, ok := c.Consts[ins.B()].(syntax.StrConst); ok {
						names[string(s)] = true
					}
				}
			}
			return len(names) < attrCapMax
		})
	}
	return min(max(len(names), 4), attrCapMax)
}

// cachedBuiltinMethod is LOADMETHOD's cache for a receiver of a builtin
// type (`stack.append(x)`, `d.get(k)`, `s.split()`): the unbound builtin
// method that loadMethod's default case finds, remembered per type
// version in the instruction's cache c. It reports false when v is not
// such a receiver or the type has no plain builtin method of that name
// (the caller then takes loadMethod's general path).
func (vm *VM) cachedBuiltinMethod(c *attrCache, v, name gc.Value) (gc.Value, bool) {
	switch v.Tag() {
	case TagObject, TagType, TagModule, TagSuper:
		return vEmpty, false
	}
	head := c
	t := vm.typeOf(v)
	if c.ver != t.version {
		c = c.entryFor(t.version)
	}
	if c.ver != t.version {
		c.ver, c.kind, c.shape = t.version, attrNone, ^uint64(0)
		if attr, ok := vm.lookup(t, name); ok && attr.Tag() == TagBuiltin && vm.slot(attr.Ref(), 0).IsEmpty() {
			if bf := vm.heap.Side(attr.Ref()).(*builtinFn); !bf.static && !bf.classMethod {
				c.kind, c.fn = attrMethod, attr
			}
		}
	}
	if c.kind == attrMethod && fixedTypeTag(v.Tag()) {
		head.btag, head.bmeth = v.Tag(), c.fn
	}
	return c.fn, c.kind == attrMethod
}

// attrProperty is the attrCache kind of a LOADATTR that finds a property
// with a getter on the type: fn is the getter.
const attrProperty = attrMethod + 1
