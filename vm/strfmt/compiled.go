// compiled.go holds str.format templates parsed once: a program that
// formats with the same template in a loop paid for parsing it on every
// call (about a fifth of `"{}:{:>8}|{:.3f}".format(...)`), where the
// interpreter can keep the parts (vm/fmtcache.go).

package strfmt

// Template is a parsed str.format template: its parts in order, then the
// syntax error that ends the parse, if any. Rendering it renders the parts
// before the error and then returns the error, so a template broken after
// its first fields still formats those first (and calls their __format__),
// as CPython's lazy parse does.
type Template struct {
	parts []Part
	err   error
}

// Compile parses template s. The parts refer to s's bytes: s must not
// change while the Template is used.
func Compile(s string) *Template {
	t := &Template{}
	p := NewParser(s)
	for {
		part, ok, err := p.Next()
		if err != nil {
			t.err = err
			return t
		}
		if !ok {
			return t
		}
		t.parts = append(t.parts, part)
	}
}

// AppendRender appends template.format(...) (positional true) or
// template.format_map(mapping) (positional false) to out, as Render and
// RenderMap return it.
func (t *Template) AppendRender(out []byte, env Env, positional bool) ([]byte, error) {
	var auto AutoNumber
	for i := range t.parts {
		part := &t.parts[i]
		out = append(out, part.Literal...)
		if !part.HasField {
			continue
		}
		if err := renderField(&out, part, env, positional, 2, &auto); err != nil {
			return out, err
		}
	}
	return out, t.err
}
