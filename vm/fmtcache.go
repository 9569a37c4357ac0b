// fmtcache.go keeps the str.format templates a program uses, parsed
// (strfmt.Template), keyed by their text, and renders into a buffer the VM
// reuses: the template is parsed once instead of on every call, and the
// result is copied once, into the new str.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/strfmt"
)

// Limits of the template cache: templates longer than fmtCacheMaxLen are
// parsed per call (a long one-off text gains nothing), and the cache is
// emptied when it holds fmtCacheMaxEntries (a program that builds its
// templates at run time must not grow it without bound).
const (
	fmtCacheMaxLen     = 512
	fmtCacheMaxEntries = 1024
)

// fmtTemplate returns the parsed template of str s.
func (vm *VM) fmtTemplate(s gc.Value) *strfmt.Template {
	text := vm.str(s) // a view: cloned before it is kept
	if t, ok := vm.fmtCache[text]; ok {
		return t
	}
	text = strings.Clone(text)
	t := strfmt.Compile(text)
	if len(text) > fmtCacheMaxLen {
		return t
	}
	if vm.fmtCache == nil || len(vm.fmtCache) >= fmtCacheMaxEntries {
		vm.fmtCache = make(map[string]*strfmt.Template)
	}
	vm.fmtCache[text] = t
	return t
}

// strFormat returns tmpl.format(*args) (positional) or
// tmpl.format_map(env.kw) through the template cache.
func (vm *VM) strFormat(tmpl gc.Value, env *fmtEnv, positional bool) (gc.Value, error) {
	t := vm.fmtTemplate(tmpl)
	// The buffer is taken from the VM for the call: a __format__ that
	// formats again (nested str.format) finds none and makes its own.
	buf := vm.fmtBuf
	vm.fmtBuf = nil
	buf, err := t.AppendRender(buf[:0], env, positional)
	if err != nil {
		vm.fmtBuf = buf
		return vEmpty, vm.fmtErr(err)
	}
	r := vm.newStrBytes(buf)
	if cap(buf) <= 64<<10 {
		vm.fmtBuf = buf
	}
	return r, nil
}

// newStrBytes allocates a str holding a copy of the WTF-8 text b.
func (vm *VM) newStrBytes(b []byte) gc.Value {
	if len(b) <= 1 {
		return vm.newStr(string(b)) // no Go allocation for 0 or 1 byte
	}
	v, buf := vm.newStrBuf(len(b))
	copy(buf, b)
	return v
}
