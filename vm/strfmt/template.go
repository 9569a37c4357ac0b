package strfmt

// This file implements str.format templates as CPython 3.11's
// Objects/stringlib/unicode_format.h does. A template is literal text with
// replacement fields
//
//	"{" [field_name] ["!" conversion] [":" format_spec] "}"
//
// where "{{" and "}}" stand for single braces, field_name is an argument
// (a number, an identifier, or empty for automatic numbering) followed by
// any chain of ".attr" and "[key]", and format_spec may itself hold
// replacement fields, one level deep.
//
// CPython parses lazily: it renders each field before it even looks at
// the rest of the template, so an argument lookup can fail before a later
// syntax error is seen, and the attribute lookups of "{0.a.}" happen
// before the empty attribute is reported. The API keeps that order: the
// Parser yields one part at a time, SplitFieldName returns the accessors
// it could parse together with the error that follows them (RestErr), and
// Render drives the whole process against an Env the interpreter
// implements. All delimiters are ASCII, so the scanning works on UTF-8
// bytes; only the conversion character is read as a whole code point.

// Part is one step of a template: literal text, then possibly a
// replacement field.
type Part struct {
	Literal    string // text before the field, with "{{" and "}}" undoubled
	HasField   bool   // a replacement field follows the literal
	FieldName  string // the field name, as written
	Conversion rune   // 'r', 's', 'a' (or any other code point, checked when rendering); 0 for none
	Spec       string // the format spec, as written (empty when absent)
	SpecFields bool   // the spec contains replacement fields to expand
}

// Parser yields the parts of a template one at a time, as CPython's
// MarkupIterator, and as the _string.formatter_parser iterator.
type Parser struct {
	s    string
	pos  int
	done bool
}

// NewParser returns a Parser over the template s.
func NewParser(s string) *Parser { return &Parser{s: s} }

// Next returns the next part. ok is false at the end of the template; once
// an error has been returned, the parser stays at its end.
func (p *Parser) Next() (part Part, ok bool, err error) {
	if p.done || p.pos >= len(p.s) {
		p.done = true
		return Part{}, false, nil
	}
	s := p.s
	start := p.pos
	var c byte
	markup := false
	for p.pos < len(s) {
		c = s[p.pos]
		p.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := p.pos >= len(s)
	n := p.pos - start
	if c == '}' && (atEnd || s[p.pos] != '}') {
		return p.fail("Single '}' encountered in format string")
	}
	if atEnd && c == '{' {
		return p.fail("Single '{' encountered in format string")
	}
	if !atEnd {
		if s[p.pos] == c {
			// A doubled brace: one of it is literal text.
			p.pos++
			markup = false
		} else {
			n--
		}
	}
	part.Literal = s[start : start+n]
	if !markup {
		return part, true, nil
	}
	part.HasField = true
	if err := p.field(&part); err != nil {
		p.done = true
		return Part{}, false, err
	}
	return part, true, nil
}

// fail ends the parse with a ValueError.
func (p *Parser) fail(msg string) (Part, bool, error) {
	p.done = true
	return Part{}, false, &Error{Kind: ValueError, Msg: msg}
}

// field parses a replacement field; pos is just past its '{'.
func (p *Parser) field(part *Part) error {
	s := p.s
	start := p.pos
	var c byte
scan:
	for p.pos < len(s) {
		c = s[p.pos]
		p.pos++
		switch c {
		case '{':
			return newError(ValueError, "unexpected '{' in field name")
		case '[':
			for p.pos < len(s) && s[p.pos] != ']' {
				p.pos++
			}
		case '}', ':', '!':
			break scan
		}
	}
	part.FieldName = s[start:max(start, p.pos-1)]
	if c != '!' && c != ':' {
		if c != '}' {
			return newError(ValueError, "expected '}' before end of string")
		}
		return nil
	}
	if c == '!' {
		if p.pos >= len(s) {
			return newError(ValueError, "end of string while looking for conversion specifier")
		}
		r, size := decodeRune(s[p.pos:])
		part.Conversion = r
		p.pos += size
		if p.pos < len(s) {
			c = s[p.pos]
			p.pos++
			if c == '}' {
				return nil
			}
			if c != ':' {
				return newError(ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := p.pos
	depth := 1
	for p.pos < len(s) {
		c = s[p.pos]
		p.pos++
		switch c {
		case '{':
			part.SpecFields = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				part.Spec = s[specStart : p.pos-1]
				return nil
			}
		}
	}
	return newError(ValueError, "unmatched '{' in format spec")
}

// ParseFormatString splits a template into its parts. On a syntax error
// it returns the parts before the error together with the error; a caller
// that wants CPython's order of errors renders those parts before raising
// it (or uses Parser or Render).
func ParseFormatString(s string) ([]Part, error) {
	var parts []Part
	p := NewParser(s)
	for {
		part, ok, err := p.Next()
		if err != nil || !ok {
			return parts, err
		}
		parts = append(parts, part)
	}
}

// AutoNumber is the automatic field numbering state of one str.format
// call, shared by the fields of its nested format specs.
type AutoNumber struct {
	state uint8 // 0: undecided, autoNumbering or manualNumbering
	next  int
}

const (
	autoNumbering = iota + 1
	manualNumbering
)

// FieldName is a parsed field name: the argument, then the accessors to
// apply to it in order.
type FieldName struct {
	// Index is the positional argument, or -1 when Key names a keyword
	// argument.
	Index int
	Key   string
	// Rest holds the ".attr" and "[key]" accessors that parsed.
	Rest []Accessor
	// RestErr, when not nil, is the error to raise once the accessors
	// of Rest have been applied (a malformed accessor follows them).
	RestErr error
}

// Accessor is one ".name" or "[key]" step of a field name.
type Accessor struct {
	Attr bool   // ".name" when true, "[key]" when false
	Name string // the attribute name or the key text
	// Index is the key as an int when it is all decimal digits, else -1
	// (then the key is the string Name). Always -1 for attributes.
	Index int
}

// SplitFieldName parses a field name. With auto nil (as in
// _string.formatter_field_name_split) an empty name is the keyword "";
// with auto it takes the next automatic number, and mixing automatic and
// manual numbering is an error.
func SplitFieldName(name string, auto *AutoNumber) (FieldName, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first := name[:i]
	idx, err := fieldInteger(first)
	if err != nil {
		return FieldName{}, err
	}
	fn := FieldName{Index: idx}
	if idx < 0 {
		fn.Key = first
	}
	empty := first == ""
	if auto != nil && (empty || idx >= 0) {
		if auto.state == 0 {
			auto.state = manualNumbering
			if empty {
				auto.state = autoNumbering
			}
		}
		switch {
		case auto.state == manualNumbering && empty:
			return FieldName{}, newError(ValueError, "cannot switch from manual field specification to automatic field numbering")
		case auto.state == autoNumbering && !empty:
			return FieldName{}, newError(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			fn.Index, fn.Key = auto.next, ""
			auto.next++
		}
	}
	fn.Rest, fn.RestErr = splitAccessors(name[i:])
	return fn, nil
}

// splitAccessors parses the ".attr" and "[key]" chain after the first
// part of a field name, up to the first error.
func splitAccessors(s string) ([]Accessor, error) {
	var rest []Accessor
	for i := 0; i < len(s); {
		var a Accessor
		c := s[i]
		i++
		switch c {
		case '.':
			a.Attr = true
			start := i
			for i < len(s) && s[i] != '.' && s[i] != '[' {
				i++
			}
			a.Name, a.Index = s[start:i], -1
		case '[':
			start := i
			for i < len(s) && s[i] != ']' {
				i++
			}
			if i >= len(s) {
				return rest, newError(ValueError, "Missing ']' in format string")
			}
			a.Name = s[start:i]
			i++
			idx, err := fieldInteger(a.Name)
			if err != nil {
				return rest, err
			}
			a.Index = idx
		default:
			return rest, newError(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if a.Name == "" {
			return rest, newError(ValueError, "Empty attribute in format string")
		}
		rest = append(rest, a)
	}
	return rest, nil
}

// fieldInteger returns the value of s when it is all Unicode decimal
// digits, else -1 (also for ""), and CPython's error when the number does
// not fit a signed 64-bit integer.
func fieldInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	const maxInt = 1<<63 - 1
	acc := 0
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		d := decimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (maxInt-d)/10 {
			return 0, newError(ValueError, "Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	return acc, nil
}

// Env is what rendering a template needs from the interpreter. Objects are
// opaque to this package. Methods return the Python exception they raise
// as the error.
type Env interface {
	// Arg returns positional argument i; ok is false when there is no
	// such argument (Render then raises IndexError).
	Arg(i int) (v any, ok bool)
	// Kwarg returns the keyword argument (str.format) or mapping item
	// (str.format_map) name, raising KeyError when missing.
	Kwarg(name string) (any, error)
	// GetAttr returns getattr(v, name).
	GetAttr(v any, name string) (any, error)
	// GetIndex returns v[i] for a key written as a number: CPython uses
	// the sequence protocol when v is a sequence, else v[int(i)].
	GetIndex(v any, i int) (any, error)
	// GetItem returns v[key] for a key that is not a number.
	GetItem(v any, key string) (any, error)
	// Convert applies a conversion: repr(v), str(v) or ascii(v) for
	// conv 'r', 's' or 'a' (the only values it is called with).
	Convert(v any, conv rune) (any, error)
	// Format returns format(v, spec).
	Format(v any, spec string) (string, error)
}

// Render returns template.format(...) with the arguments env supplies.
func Render(template string, env Env) (string, error) {
	var out []byte
	err := render(&out, template, env, true, 2, &AutoNumber{})
	return string(out), err
}

// RenderMap returns template.format_map(mapping): keyword fields are looked
// up through env.Kwarg, and a positional field is a ValueError.
func RenderMap(template string, env Env) (string, error) {
	var out []byte
	err := render(&out, template, env, false, 2, &AutoNumber{})
	return string(out), err
}

// render appends the rendering of template to out. depth counts the
// nesting levels still allowed (a top-level template has 2: itself and its
// format specs).
func render(out *[]byte, template string, env Env, positional bool, depth int, auto *AutoNumber) error {
	if depth <= 0 {
		return newError(ValueError, "Max string recursion exceeded")
	}
	p := NewParser(template)
	for {
		part, ok, err := p.Next()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		*out = append(*out, part.Literal...)
		if !part.HasField {
			continue
		}
		if err := renderField(out, &part, env, positional, depth, auto); err != nil {
			return err
		}
	}
}

// renderField appends one replacement field: look the object up, convert
// it, expand the spec, format.
func renderField(out *[]byte, part *Part, env Env, positional bool, depth int, auto *AutoNumber) error {
	fn, err := SplitFieldName(part.FieldName, auto)
	if err != nil {
		return err
	}
	var obj any
	switch {
	case fn.Index < 0:
		obj, err = env.Kwarg(fn.Key)
	case !positional:
		err = newError(ValueError, "Format string contains positional fields")
	default:
		var ok bool
		if obj, ok = env.Arg(fn.Index); !ok {
			err = newError(IndexError, "Replacement index %d out of range for positional args tuple", fn.Index)
		}
	}
	if err != nil {
		return err
	}
	for _, a := range fn.Rest {
		switch {
		case a.Attr:
			obj, err = env.GetAttr(obj, a.Name)
		case a.Index >= 0:
			obj, err = env.GetIndex(obj, a.Index)
		default:
			obj, err = env.GetItem(obj, a.Name)
		}
		if err != nil {
			return err
		}
	}
	if fn.RestErr != nil {
		return fn.RestErr
	}
	if c := part.Conversion; c != 0 {
		if c != 'r' && c != 's' && c != 'a' {
			if c > 32 && c < 127 {
				return newError(ValueError, "Unknown conversion specifier %c", c)
			}
			return newError(ValueError, "Unknown conversion specifier \\x%x", c)
		}
		if obj, err = env.Convert(obj, c); err != nil {
			return err
		}
	}
	spec := part.Spec
	if part.SpecFields {
		var expanded []byte
		if err := render(&expanded, spec, env, positional, depth-1, auto); err != nil {
			return err
		}
		spec = string(expanded)
	}
	s, err := env.Format(obj, spec)
	if err != nil {
		return err
	}
	*out = append(*out, s...)
	return nil
}
