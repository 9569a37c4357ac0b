package strfmt

// This file lays out a formatted number inside its field, CPython's
// calc_number_widths and fill_number in one step. A number arrives split
// into its parts,
//
//	<sign> <prefix> <digits> [<decimal point> <remainder>]
//
// (remainder: fraction digits, exponent, "inf", a '%', or the character of
// the 'c' type), and leaves as
//
//	<left pad> <sign> <prefix> <sign pad> <grouped digits> <point> <remainder> <right pad>
//
// where at most one of the three pads is non-empty. With '=' alignment and
// a '0' fill, the padding is instead made of zeros inserted into the digit
// run, thousands separators included, so "{:010,}" of 1234 is "00,001,234":
// the digits are grouped with a minimum width, and a group that would start
// with a separator gets one more zero (so the field may come out one
// character short of the width, as in CPython).

// field holds what the layout needs from a spec once the value's defaults
// (alignment, grouping size) are applied.
type field struct {
	fill     rune
	align    byte // '<', '>', '=' or '^'
	sign     byte // '+', ' ' or 0
	width    int  // -1: no minimum
	sep      byte // thousands separator, 0 for none
	groupLen int  // digits per group when sep != 0
}

// numberField derives the layout parameters of a numeric spec whose value
// type aligns right by default. Grouping comes in groups of three, of four
// with '_' in bases 2, 8 and 16.
func numberField(sp *Spec) field {
	f := field{fill: sp.Fill, align: sp.Align, width: sp.Width, sep: sp.Grouping, groupLen: 3}
	if sp.Sign == '+' || sp.Sign == ' ' {
		f.sign = sp.Sign
	}
	if f.align == 0 {
		f.align = '>'
		if sp.Zero {
			f.align = '='
		}
	}
	switch sp.Type {
	case 'b', 'o', 'x', 'X':
		f.groupLen = 4
	case 'n':
		// The 'n' type groups as the C locale does: not at all.
		f.sep = 0
	}
	return f
}

// appendNumber appends a number laid out in its field. negative says
// whether a '-' sign goes in front; digits and prefix are ASCII.
func appendNumber(b []byte, f *field, negative bool, prefix, digits string, hasPoint bool, remainder string) ([]byte, error) {
	var sign byte
	switch {
	case negative:
		sign = '-'
	case f.sign != 0:
		sign = f.sign
	}
	nonDigits := len(prefix) + runeCount(remainder)
	if sign != 0 {
		nonDigits++
	}
	if hasPoint {
		nonDigits++
	}
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - nonDigits
	}
	if f.width > maxResultLen {
		return b, errNoMemory()
	}
	grouped := digits
	if len(digits) > 0 {
		grouped = groupDigits(digits, minWidth, f.sep, f.groupLen)
	}
	var lpad, spad, rpad int
	if pad := f.width - nonDigits - len(grouped); pad > 0 {
		switch f.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	b = appendFill(b, f.fill, lpad)
	if sign != 0 {
		b = append(b, sign)
	}
	b = append(b, prefix...)
	b = appendFill(b, f.fill, spad)
	b = append(b, grouped...)
	if hasPoint {
		b = append(b, '.')
	}
	b = append(b, remainder...)
	b = appendFill(b, f.fill, rpad)
	return b, nil
}

// groupDigits inserts the separator sep between groups of size digits,
// counted from the right, and pads on the left with zeros (and separators)
// until the result is at least minWidth long. With sep 0 it only pads.
func groupDigits(digits string, minWidth int, sep byte, size int) string {
	if minWidth < 0 {
		minWidth = 0
	}
	remaining := len(digits)
	if sep == 0 {
		n := max(remaining, minWidth, 1)
		return zeros(n-remaining) + digits
	}
	// Build the groups from the right, then reverse them.
	var groups []string
	end := len(digits)
	for {
		n := min(size, max(remaining, minWidth, 1))
		chars := max(0, min(remaining, n))
		groups = append(groups, zeros(n-chars)+digits[end-chars:end])
		end -= chars
		remaining -= chars
		minWidth -= n
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth-- // the separator
	}
	out := make([]byte, 0, len(digits)+len(groups)*(size+1))
	for i := len(groups) - 1; i >= 0; i-- {
		out = append(out, groups[i]...)
		if i > 0 {
			out = append(out, sep)
		}
	}
	return string(out)
}

// zeros returns n '0' characters.
func zeros(n int) string {
	if n <= 0 {
		return ""
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}
