package strfmt

// This file implements printf-style formatting, str % args and
// bytes % args, as CPython 3.11's PyUnicode_Format and _PyBytes_FormatEx
// do. A conversion is
//
//	'%' ['(' key ')'] flags* [width | '*'] ['.' [precision | '*']] [h | l | L] type
//
// and the parse follows CPython's own scanner character for character,
// including its bookkeeping of how many characters remain: that is what
// decides between "incomplete format", "incomplete format key" and
// "unsupported format character", and at which index. The right operand is
// a tuple of arguments, a mapping (for %(key)s), or a single value; the
// interpreter presents it through Args and each argument through Value.
// Numbers are converted the way CPython converts them (int() for %d,
// operator.index() for %x and %c, float() for %f), and a TypeError from
// such a conversion becomes the conversion's own message.
//
// The bytes variant scans bytes instead of code points and differs in its
// conversions: %s and %b take bytes-like objects, %r is %a, %c takes a
// byte, and some messages are worded differently.

import (
	"math/big"
	"strings"

	"github.com/hotloop/hotloop/vm/num"
)

// Kind classifies a value as %-formatting distinguishes values.
type Kind uint8

// The kinds of Value.
const (
	OtherKind Kind = iota // any other object
	IntKind               // int or a subclass, bool included
	FloatKind             // float or a subclass
	StrKind               // str or a subclass
	BytesKind             // bytes or bytearray, or a subclass
)

// Value is one argument of a % format, implemented by the interpreter.
// Methods that run Python code return the exception it raised as the
// error; a TypeError must satisfy IsTypeError.
type Value interface {
	// Kind says whether the value is an int, a float, a str, a bytes
	// or something else.
	Kind() Kind
	// TypeName is the name CPython's messages give the type (tp_name):
	// __name__ for classes defined in Python, the dotted name for some
	// built-in types ("types.SimpleNamespace").
	TypeName() string
	// Str, Repr and ASCII return str(v), repr(v) and ascii(v).
	Str() (string, error)
	Repr() (string, error)
	ASCII() (string, error)
	// Text returns the characters of a str (StrKind) value itself,
	// without calling __str__. Only called for StrKind.
	Text() string
	// IsNumber reports whether the type defines __index__, __int__ or
	// __float__, or is complex (CPython's PyNumber_Check).
	IsNumber() bool
	// Int returns int(v); for IntKind, the value itself.
	Int() (*big.Int, error)
	// Index returns operator.index(v).
	Index() (*big.Int, error)
	// Float returns float(v) as CPython's PyFloat_AsDouble computes it
	// (__float__, else __index__), with its TypeError
	// "must be real number, not T".
	Float() (float64, error)
}

// BytesValue is a Value that can present itself as bytes; bytes % args
// asks its arguments for it (an argument without it has no bytes form).
type BytesValue interface {
	Value
	// Bytes returns the contents of a bytes or bytearray, or bytes(v)
	// through __bytes__ or the buffer protocol; ok is false when the
	// value has none of them.
	Bytes() (data []byte, ok bool, err error)
}

// Args is the right operand of str % args or bytes % args.
type Args interface {
	// Len is the number of items when the operand is a tuple (or a
	// tuple subclass), -1 otherwise.
	Len() int
	// Item returns tuple item i; when Len() < 0, Item(0) is the operand
	// itself.
	Item(i int) Value
	// IsMapping reports whether the operand is a mapping for %(key)s:
	// its type has __getitem__ and it is not a tuple, nor a str (for
	// str % args), nor a str, bytes or bytearray (for bytes % args).
	IsMapping() bool
	// Lookup returns operand[key], or the exception that raises
	// (KeyError...). For bytes % args the key is the raw bytes and
	// stands for a bytes object.
	Lookup(key string) (Value, error)
}

// Flags of a % conversion.
const (
	pctLeft  = 1 << iota // '-'
	pctSign              // '+'
	pctBlank             // ' '
	pctAlt               // '#'
	pctZero              // '0'
)

// percentState is the scanner and argument cursor of one Percent call.
// pos indexes fmt; left counts the code points at and after pos that the
// scanner may still read (it goes negative when the format runs out, which
// is how CPython's scanner detects an incomplete conversion).
type percentState struct {
	fmt    []rune
	pos    int
	left   int
	args   Args
	cur    Value // the value of the last %(key), standing for the operand
	argLen int   // CPython's arglen: tuple length, or -1
	argIdx int   // CPython's argidx: next tuple index, -2 before a single operand is used
	dict   bool
	bytes  bool // bytes % args: fmt holds bytes, the output is bytes
	out    []byte
}

// conversion is one parsed % conversion.
type conversion struct {
	ch    rune
	flags int
	width int
	prec  int
	sign  bool // numeric conversion: the sign and '0' fill apply
	// masked records that ch was last read by a width or precision
	// digit loop. CPython's bytes scanner reads bytes as unsigned there
	// and as signed chars elsewhere, which changes its error for a
	// non-ASCII conversion type.
	masked bool
}

// Percent returns format % args for a str format.
func Percent(format string, args Args) (string, error) {
	st := &percentState{fmt: toRunes(format), args: args}
	out, err := st.run()
	return string(out), err
}

// PercentBytes returns format % args for a bytes or bytearray format.
func PercentBytes(format []byte, args Args) ([]byte, error) {
	rs := make([]rune, len(format))
	for i, c := range format {
		rs[i] = rune(c)
	}
	st := &percentState{fmt: rs, args: args, bytes: true}
	return st.run()
}

// run formats the whole format string.
func (st *percentState) run() ([]byte, error) {
	st.argLen, st.argIdx = -1, -2
	args := st.args
	if n := args.Len(); n >= 0 {
		st.argLen, st.argIdx = n, 0
	} else {
		st.dict = args.IsMapping()
	}
	st.left = len(st.fmt)
	for {
		st.left--
		if st.left < 0 {
			break
		}
		if st.fmt[st.pos] != '%' {
			end := st.pos + 1
			for end < len(st.fmt) && st.fmt[end] != '%' {
				end++
			}
			st.writeRunes(st.fmt[st.pos:end])
			st.pos = end
			st.left = len(st.fmt) - end
			continue
		}
		st.pos++
		if err := st.conversion(); err != nil {
			return nil, err
		}
	}
	if st.argIdx < st.argLen && !st.dict {
		return nil, st.notAllConverted()
	}
	return st.out, nil
}

// notAllConverted is the error for arguments left over.
func (st *percentState) notAllConverted() error {
	if st.bytes {
		return newError(TypeError, "not all arguments converted during bytes formatting")
	}
	return newError(TypeError, "not all arguments converted during string formatting")
}

// writeRunes appends code points (bytes, for bytes % args) to the output.
func (st *percentState) writeRunes(rs []rune) {
	for _, r := range rs {
		if st.bytes {
			st.out = append(st.out, byte(r))
		} else {
			st.out = appendRune(st.out, r)
		}
	}
}

// length is the length of a converted argument: code points, or bytes
// for bytes % args.
func (st *percentState) length(s string) int {
	if st.bytes {
		return len(s)
	}
	return runeCount(s)
}

// prefix cuts a converted argument to n code points (bytes).
func (st *percentState) prefix(s string, n int) string {
	if st.bytes {
		return s[:min(n, len(s))]
	}
	return runePrefix(s, n)
}

// peek returns the code point at pos, or 0 past the end (CPython reads the
// terminating NUL there).
func (st *percentState) peek() rune {
	if st.pos < len(st.fmt) {
		return st.fmt[st.pos]
	}
	return 0
}

// advance reads the next code point into *ch if one remains, spending one
// from left either way, and reports whether it read one.
func (st *percentState) advance(ch *rune) bool {
	st.left--
	if st.left < 0 {
		return false
	}
	*ch = st.fmt[st.pos]
	st.pos++
	return true
}

// read advances into c.ch, noting how the byte was read (see
// conversion.masked).
func (st *percentState) read(c *conversion, masked bool) bool {
	if !st.advance(&c.ch) {
		return false
	}
	c.masked = masked
	return true
}

// nextArg returns the next argument.
func (st *percentState) nextArg() (Value, error) {
	if st.argIdx < st.argLen {
		i := st.argIdx
		st.argIdx++
		if st.argLen < 0 {
			if st.cur != nil {
				return st.cur, nil
			}
			return st.args.Item(0), nil
		}
		return st.args.Item(i), nil
	}
	return nil, newError(TypeError, "not enough arguments for format string")
}

// conversion handles one conversion; pos is just past its '%'.
func (st *percentState) conversion() error {
	if st.peek() == '%' {
		st.pos++
		st.left--
		st.out = append(st.out, '%')
		return nil
	}
	c := conversion{ch: st.peek(), width: -1, prec: -1}
	if err := st.parse(&c); err != nil {
		return err
	}
	str, err := st.format(&c)
	if err != nil {
		return err
	}
	if err := st.output(&c, str); err != nil {
		return err
	}
	if st.dict && st.argIdx < st.argLen {
		return st.notAllConverted()
	}
	return nil
}

// parse reads the key, flags, width, precision and length modifier of a
// conversion, leaving its type in c.ch.
func (st *percentState) parse(c *conversion) error {
	if st.peek() == '(' {
		if !st.dict {
			return newError(TypeError, "format requires a mapping")
		}
		st.pos++
		st.left--
		start := st.pos
		depth := 1
		for depth > 0 && st.read(c, false) {
			switch c.ch {
			case ')':
				depth--
			case '(':
				depth++
			}
		}
		if st.left < 0 || depth > 0 {
			return newError(ValueError, "incomplete format key")
		}
		var key []byte
		for _, r := range st.fmt[start : st.pos-1] {
			if st.bytes {
				key = append(key, byte(r))
			} else {
				key = appendRune(key, r)
			}
		}
		v, err := st.args.Lookup(string(key))
		if err != nil {
			return err
		}
		st.cur = v
		st.argLen, st.argIdx = -1, -2
	}
flags:
	for st.read(c, false) {
		switch c.ch {
		case '-':
			c.flags |= pctLeft
		case '+':
			c.flags |= pctSign
		case ' ':
			c.flags |= pctBlank
		case '#':
			c.flags |= pctAlt
		case '0':
			c.flags |= pctZero
		default:
			break flags
		}
	}
	if c.ch == '*' {
		n, err := st.starArg(false)
		if err != nil {
			return err
		}
		c.width = n
		if c.width < 0 {
			c.flags |= pctLeft
			c.width = -c.width
		}
		st.read(c, false)
	} else if c.ch >= '0' && c.ch <= '9' {
		c.width = int(c.ch - '0')
		for st.read(c, true) && c.ch >= '0' && c.ch <= '9' {
			d := int(c.ch - '0')
			if c.width > (1<<63-1-d)/10 {
				return newError(ValueError, "width too big")
			}
			c.width = c.width*10 + d
		}
	}
	if c.ch == '.' {
		c.prec = 0
		st.read(c, false)
		if c.ch == '*' {
			n, err := st.starArg(true)
			if err != nil {
				return err
			}
			c.prec = max(n, 0)
			st.read(c, false)
		} else if c.ch >= '0' && c.ch <= '9' {
			c.prec = int(c.ch - '0')
			for st.read(c, true) && c.ch >= '0' && c.ch <= '9' {
				d := int(c.ch - '0')
				if c.prec > (maxInt32-d)/10 {
					return newError(ValueError, "precision too big")
				}
				c.prec = c.prec*10 + d
			}
		}
	}
	if st.left >= 0 && (c.ch == 'h' || c.ch == 'l' || c.ch == 'L') {
		st.read(c, false)
	}
	if st.left < 0 {
		return newError(ValueError, "incomplete format")
	}
	return nil
}

// starArg takes a '*' width (or, with prec, precision) from the arguments.
func (st *percentState) starArg(prec bool) (int, error) {
	v, err := st.nextArg()
	if err != nil {
		return 0, err
	}
	if v.Kind() != IntKind {
		return 0, newError(TypeError, "* wants int")
	}
	n, err := v.Int()
	if err != nil {
		return 0, err
	}
	if prec {
		if !n.IsInt64() || n.Int64() < -maxInt32-1 || n.Int64() > maxInt32 {
			return 0, newError(OverflowError, "Python int too large to convert to C int")
		}
	} else if !n.IsInt64() {
		return 0, newError(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}

// format converts the argument of a conversion to text.
func (st *percentState) format(c *conversion) (s string, err error) {
	v, err := st.nextArg()
	if err != nil {
		return "", err
	}
	switch c.ch {
	case 's':
		if st.bytes {
			return bytesOf(v)
		}
		s, err = v.Str()
	case 'b':
		if !st.bytes {
			return "", st.unsupported(c)
		}
		return bytesOf(v)
	case 'r':
		if st.bytes {
			return v.ASCII()
		}
		s, err = v.Repr()
	case 'a':
		s, err = v.ASCII()
	case 'i', 'd', 'u', 'o', 'x', 'X':
		s, err = formatPercentInt(v, c, st.bytes)
		c.sign = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		var x float64
		if x, err = v.Float(); err != nil {
			if st.bytes {
				return "", newError(TypeError, "float argument required, not %s", clipName(v.TypeName()))
			}
			return "", err
		}
		prec := c.prec
		if prec < 0 {
			prec = 6
		}
		if prec > maxResultLen {
			return "", errNoMemory()
		}
		flags := 0
		if c.flags&pctAlt != 0 {
			flags = num.FmtAlt
		}
		s = num.FormatFloat(x, byte(c.ch), prec, flags)
		c.sign = true
	case 'c':
		if st.bytes {
			var b byte
			if b, err = percentByte(v); err == nil {
				s = string([]byte{b})
			}
			break
		}
		var r rune
		if r, err = percentChar(v); err == nil {
			s = string(appendRune(nil, r))
		}
	default:
		return "", st.unsupported(c)
	}
	return s, err
}

// unsupported is the error for an unknown conversion type.
func (st *percentState) unsupported(c *conversion) error {
	ch := c.ch
	shown := ch
	if st.bytes {
		// CPython formats the char with %c, which rejects the negative
		// values of bytes 0x80..0xff read as signed chars.
		if ch >= 0x80 && !c.masked {
			return newError(OverflowError, "character argument not in range(0x110000)")
		}
	} else if ch < 31 || ch > 126 {
		shown = '?'
	}
	return newError(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, ch, st.pos-1)
}

// bytesOf is the bytes form of a %s or %b argument.
func bytesOf(v Value) (string, error) {
	if bv, ok := v.(BytesValue); ok {
		data, ok, err := bv.Bytes()
		if err != nil {
			return "", err
		}
		if ok {
			return string(data), nil
		}
	}
	return "", newError(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", clip(v.TypeName(), 100))
}

// percentByte returns the byte %c prints in bytes % args: a bytes or
// bytearray of length one, or an int in range(256).
func percentByte(v Value) (byte, error) {
	if v.Kind() == BytesKind {
		if bv, ok := v.(BytesValue); ok {
			data, ok, err := bv.Bytes()
			if err != nil {
				return 0, err
			}
			if ok && len(data) == 1 {
				return data[0], nil
			}
		}
	}
	n, err := v.Index()
	if err != nil {
		if IsTypeError(err) {
			return 0, &Error{Kind: TypeError, Msg: "%c requires an integer in range(256) or a single byte"}
		}
		return 0, err
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
		return 0, &Error{Kind: OverflowError, Msg: "%c arg not in range(256)"}
	}
	return byte(n.Int64()), nil
}

// formatPercentInt converts the argument of %d %i %u %o %x %X to digits,
// with the precision as a minimum digit count and, under '#', the base
// prefix (CPython's mainformatlong and _PyUnicode_FormatLong). The bytes
// variant calls %i %d in its messages.
func formatPercentInt(v Value, c *conversion, bytes bool) (string, error) {
	named := c.ch
	if bytes && named == 'i' {
		named = 'd'
	}
	var n *big.Int
	var err error
	if v.Kind() == IntKind {
		n, err = v.Int()
	} else {
		if !v.IsNumber() {
			return "", percentWrongType(v, named)
		}
		if c.ch == 'o' || c.ch == 'x' || c.ch == 'X' {
			n, err = v.Index()
		} else {
			n, err = v.Int()
		}
		if err != nil && IsTypeError(err) {
			return "", percentWrongType(v, named)
		}
	}
	if err != nil {
		return "", err
	}
	if c.prec > maxInt32-3 {
		return "", newError(OverflowError, "precision too large")
	}
	if c.prec > maxResultLen {
		return "", errNoMemory()
	}
	base, prefix := 10, ""
	switch c.ch {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	if c.flags&pctAlt == 0 {
		prefix = ""
	}
	digits := new(big.Int).Abs(n).Text(base)
	var b strings.Builder
	if n.Sign() < 0 {
		b.WriteByte('-')
	}
	b.WriteString(prefix)
	b.WriteString(zeros(c.prec - len(digits)))
	b.WriteString(digits)
	if c.ch == 'X' {
		return upperASCII(b.String()), nil
	}
	return b.String(), nil
}

// percentWrongType is the TypeError of an integer conversion given a
// value that is not a number.
func percentWrongType(v Value, ch rune) error {
	what := "a real number"
	if ch == 'o' || ch == 'x' || ch == 'X' {
		what = "an integer"
	}
	return newError(TypeError, "%%%c format: %s is required, not %s", ch, what, clipName(v.TypeName()))
}

// percentChar returns the code point %c prints: a str of length one, or an
// int in range(0x110000).
func percentChar(v Value) (rune, error) {
	if v.Kind() == StrKind {
		t := v.Text()
		if r, size := decodeRune(t); size > 0 && size == len(t) {
			return r, nil
		}
		return 0, &Error{Kind: TypeError, Msg: "%c requires int or char"}
	}
	n, err := v.Index()
	if err != nil {
		if IsTypeError(err) {
			return 0, &Error{Kind: TypeError, Msg: "%c requires int or char"}
		}
		return 0, err
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10FFFF {
		return 0, &Error{Kind: OverflowError, Msg: "%c arg not in range(0x110000)"}
	}
	return rune(n.Int64()), nil
}

// output writes the text of a conversion with its sign, base prefix and
// padding (CPython's unicode_format_arg_output).
func (st *percentState) output(c *conversion, s string) error {
	fill := byte(' ')
	if c.sign && c.flags&pctZero != 0 {
		fill = '0'
	}
	n := st.length(s)
	if (c.width == -1 || c.width <= n) && (c.prec == -1 || c.prec >= n) && c.flags&(pctSign|pctBlank) == 0 {
		st.out = append(st.out, s...)
		return nil
	}
	if (c.ch == 's' || c.ch == 'r' || c.ch == 'a' || c.ch == 'b') && c.prec >= 0 && n > c.prec {
		s = st.prefix(s, c.prec)
		n = c.prec
	}
	var signChar byte
	if c.sign {
		switch {
		case s[0] == '-' || s[0] == '+':
			signChar = s[0]
			s = s[1:]
			n--
		case c.flags&pctSign != 0:
			signChar = '+'
		case c.flags&pctBlank != 0:
			signChar = ' '
		default:
			c.sign = false
		}
	}
	width := max(c.width, n)
	if width > maxResultLen {
		return errNoMemory()
	}
	if c.sign {
		if fill != ' ' {
			st.out = append(st.out, signChar)
		}
		if width > n {
			width--
		}
	}
	altPrefix := c.flags&pctAlt != 0 && (c.ch == 'x' || c.ch == 'X' || c.ch == 'o')
	if altPrefix {
		if fill != ' ' {
			st.out = append(st.out, s[:2]...)
			s = s[2:]
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && c.flags&pctLeft == 0 {
		st.out = appendFill(st.out, rune(fill), width-n)
		width = n
	}
	if fill == ' ' {
		if c.sign {
			st.out = append(st.out, signChar)
		}
		if altPrefix {
			st.out = append(st.out, s[:2]...)
			s = s[2:]
		}
	}
	st.out = append(st.out, s...)
	if width > n {
		st.out = appendFill(st.out, ' ', width-n)
	}
	return nil
}

// clipName cuts a type name to 200 bytes, as CPython's "%.200s" does.
func clipName(name string) string { return clip(name, 200) }

// clip cuts s to at most n bytes, at a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
