package strfmt

// This file parses the format-spec mini-language of format() and
// str.format:
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// The parse is CPython 3.11's, step for step: a fill is only recognised
// when the second code point is an alignment character; '0' before the
// width means "fill with zeros" unless a fill was given; widths and
// precisions accept any Unicode decimal digit and must fit a signed 64-bit
// integer; at most one code point may remain for the type. What depends on
// the kind of value (which types exist, the default type and alignment,
// which flags are allowed) is checked by the formatters, in CPython's
// order, after these syntax checks.

// Spec is a parsed format spec. Absent parts are zero, except Fill, which
// is ' ' (or '0' after the '0' flag) when not given, and Width and
// Precision, which are -1 when absent.
type Spec struct {
	Fill      rune // the fill code point
	Align     byte // '<', '>', '=' or '^'; 0 when not given
	Sign      byte // '+', '-' or ' '; 0 when not given
	NoNegZero bool // 'z': coerce a negative zero result to positive (floats)
	Alt       bool // '#': alternate form
	Zero      bool // '0' before the width, with no explicit fill
	Width     int  // minimum field width in code points, -1 when absent
	Grouping  byte // ',' or '_'; 0 when absent
	Precision int  // -1 when absent
	Type      rune // the presentation type, 0 when absent
}

// ParseSpec parses a format spec. typeName is the Python type name of the
// value being formatted; CPython names it in the "Invalid format
// specifier" message. The grouping option is checked against Type here
// (',' and '_' are allowed with d e f g E F G % and no type, '_' also with
// b o x X), as CPython does at the end of parsing; a formatter whose
// default type forbids grouping (str's 's') checks again.
func ParseSpec(spec, typeName string) (Spec, error) {
	sp := Spec{Fill: ' ', Width: -1, Precision: -1}
	rs := toRunes(spec)
	i := 0
	fillGiven := false
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.Fill, sp.Align = rs[0], byte(rs[1])
		fillGiven = true
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		sp.Align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		sp.Sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		sp.NoNegZero = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		sp.Alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' && !fillGiven {
		sp.Zero = true
		sp.Fill = '0'
		i++
	}
	var n int
	var err error
	if n, i, err = specInteger(rs, i); err != nil {
		return sp, err
	} else if n >= 0 {
		sp.Width = n
	}
	if i < len(rs) && rs[i] == ',' {
		sp.Grouping = ','
		i++
	}
	if i < len(rs) && rs[i] == '_' {
		if sp.Grouping != 0 {
			return sp, newError(ValueError, "Cannot specify both ',' and '_'.")
		}
		sp.Grouping = '_'
		i++
	}
	if i < len(rs) && rs[i] == ',' {
		// A comma after an underscore; CPython 3.11 forgets to check a
		// comma after a comma, which then becomes the type.
		if sp.Grouping == '_' {
			return sp, newError(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		if n, i, err = specInteger(rs, i); err != nil {
			return sp, err
		}
		if n < 0 {
			return sp, newError(ValueError, "Format specifier missing precision")
		}
		sp.Precision = n
	}
	if len(rs)-i > 1 {
		return sp, newError(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, clipName(typeName))
	}
	if i < len(rs) {
		sp.Type = rs[i]
	}
	if sp.Grouping != 0 {
		if err := checkGrouping(sp.Grouping, sp.Type); err != nil {
			return sp, err
		}
	}
	return sp, nil
}

// specInteger reads the decimal digits at rs[i:]. It returns -1 for the
// value when there are none, and CPython's error when the number does not
// fit a signed 64-bit integer.
func specInteger(rs []rune, i int) (int, int, error) {
	const maxInt = 1<<63 - 1
	start := i
	acc := 0
	for ; i < len(rs); i++ {
		d := decimalValue(rs[i])
		if d < 0 {
			break
		}
		if acc > (maxInt-d)/10 {
			return 0, i, newError(ValueError, "Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	if i == start {
		return -1, i, nil
	}
	return acc, i, nil
}

// checkGrouping reports CPython's error when a grouping option cannot go
// with the presentation type typ (0 for none).
func checkGrouping(sep byte, typ rune) error {
	switch typ {
	case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
		return nil
	case 'b', 'o', 'x', 'X':
		if sep == '_' {
			return nil
		}
	}
	if typ > 32 && typ < 128 {
		return newError(ValueError, "Cannot specify '%c' with '%c'.", sep, typ)
	}
	return newError(ValueError, "Cannot specify '%c' with '\\x%x'.", sep, typ)
}

// unknownType is the error for a presentation type the value's type lacks.
func unknownType(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return newError(ValueError, "Unknown format code '%c' for object of type '%s'", typ, clipName(typeName))
	}
	return newError(ValueError, "Unknown format code '\\x%x' for object of type '%s'", typ, clipName(typeName))
}
