// This file holds the character properties and case conversions of
// CPython 3.11's str methods (isalpha, isdigit, lower, title, casefold,
// ...). They follow the Unicode 14.0 database CPython ships, read from
// python3 into unicode_tables.go by gen_unicode.py, rather than Go's
// unicode package, whose Unicode version differs and which lacks the full
// (one-to-many) case mappings and the Cased/Case_Ignorable properties.

package num

import "sort"

// caseEntry is one full case mapping: a code point and what it becomes.
type caseEntry struct {
	r uint32
	s string
}

// inRanges reports whether r is in a sorted table of inclusive ranges.
func inRanges(table [][2]uint32, r rune) bool {
	if r < 0 {
		return false
	}
	c := uint32(r)
	i := sort.Search(len(table), func(i int) bool { return table[i][1] >= c })
	return i < len(table) && table[i][0] <= c
}

// IsAlpha is str.isalpha for one code point (categories L*).
func IsAlpha(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(rangeAlpha[:], r)
}

// IsDecimal is str.isdecimal for one code point (category Nd).
func IsDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(rangeDecimal[:], r)
}

// IsDigit is str.isdigit for one code point (Numeric_Type Digit or
// Decimal).
func IsDigit(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(rangeDigit[:], r)
}

// IsNumeric is str.isnumeric for one code point (any Numeric_Type).
func IsNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(rangeNumeric[:], r)
}

// IsAlnum is str.isalnum for one code point.
func IsAlnum(r rune) bool {
	return IsAlpha(r) || IsDecimal(r) || IsDigit(r) || IsNumeric(r)
}

// IsSpace is str.isspace for one code point (bidirectional class WS, B
// or S, or category Zs).
func IsSpace(r rune) bool { return inRanges(rangeSpace[:], r) }

// IsLower reports the Lowercase property (str.islower of one code point).
func IsLower(r rune) bool { return inRanges(rangeLower[:], r) }

// IsUpper reports the Uppercase property (str.isupper of one code point).
func IsUpper(r rune) bool { return inRanges(rangeUpper[:], r) }

// IsTitle reports the titlecase letters (category Lt).
func IsTitle(r rune) bool { return inRanges(rangeTitle[:], r) }

// IsCased reports the Cased property: lowercase, uppercase or titlecase.
func IsCased(r rune) bool { return inRanges(rangeCased[:], r) }

// IsCaseIgnorable reports the Case_Ignorable property, which decides
// where a capital sigma is final.
func IsCaseIgnorable(r rune) bool { return inRanges(rangeCaseIgnorable[:], r) }

// IsXIDStart reports whether r may start an identifier (XID_Start or
// the underscore), as str.isidentifier checks.
func IsXIDStart(r rune) bool { return inRanges(rangeXIDStart[:], r) }

// IsXIDContinue reports whether r may continue an identifier.
func IsXIDContinue(r rune) bool { return inRanges(rangeXIDContinue[:], r) }

// IsIdentifier is str.isidentifier over code points.
func IsIdentifier(rs []rune) bool {
	if len(rs) == 0 || !IsXIDStart(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !IsXIDContinue(r) {
			return false
		}
	}
	return true
}

// mapRune appends the full mapping of r in table (r itself when absent).
func mapRune(dst []rune, table []caseEntry, r rune) []rune {
	if r >= 0 {
		c := uint32(r)
		i := sort.Search(len(table), func(i int) bool { return table[i].r >= c })
		if i < len(table) && table[i].r == c {
			return append(dst, []rune(table[i].s)...)
		}
	}
	return append(dst, r)
}

// lowerAt appends the lowercase of rs[i], with the final form of a
// capital sigma where Unicode's Final_Sigma condition holds.
func lowerAt(dst []rune, rs []rune, i int) []rune {
	if rs[i] == 0x3a3 {
		return append(dst, sigmaAt(rs, i))
	}
	return mapRune(dst, caseLower[:], rs[i])
}

// sigmaAt returns the lowercase of the capital sigma at rs[i]: final sigma
// when a cased letter precedes it and none follows (case-ignorable code
// points skipped on both sides), else the ordinary small sigma.
func sigmaAt(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && IsCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !IsCased(rs[j]) {
		return 0x3c3
	}
	j = i + 1
	for j < len(rs) && IsCaseIgnorable(rs[j]) {
		j++
	}
	if j < len(rs) && IsCased(rs[j]) {
		return 0x3c3
	}
	return 0x3c2
}

// Lower is str.lower.
func Lower(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i := range rs {
		out = lowerAt(out, rs, i)
	}
	return out
}

// Upper is str.upper.
func Upper(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		out = mapRune(out, caseUpper[:], r)
	}
	return out
}

// Casefold is str.casefold.
func Casefold(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		out = mapRune(out, caseFold[:], r)
	}
	return out
}

// Title is str.title: a cased code point after another cased one is
// lowered, any other gets its titlecase mapping.
func Title(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	prevCased := false
	for i, r := range rs {
		if prevCased {
			out = lowerAt(out, rs, i)
		} else {
			out = mapRune(out, caseTitle[:], r)
		}
		prevCased = IsCased(r)
	}
	return out
}

// Capitalize is str.capitalize: the first code point titlecased, the rest
// lowered.
func Capitalize(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if i == 0 {
			out = mapRune(out, caseTitle[:], r)
		} else {
			out = lowerAt(out, rs, i)
		}
	}
	return out
}

// Swapcase is str.swapcase: uppercase code points lowered, lowercase ones
// uppercased, others kept.
func Swapcase(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch {
		case IsUpper(r):
			out = lowerAt(out, rs, i)
		case IsLower(r):
			out = mapRune(out, caseUpper[:], r)
		default:
			out = append(out, r)
		}
	}
	return out
}

// StrIsLower is str.islower: no uppercase or titlecase code point and at
// least one lowercase one.
func StrIsLower(rs []rune) bool {
	cased := false
	for _, r := range rs {
		if IsUpper(r) || IsTitle(r) {
			return false
		}
		if !cased && IsLower(r) {
			cased = true
		}
	}
	return cased
}

// StrIsUpper is str.isupper: no lowercase or titlecase code point and at
// least one uppercase one.
func StrIsUpper(rs []rune) bool {
	cased := false
	for _, r := range rs {
		if IsLower(r) || IsTitle(r) {
			return false
		}
		if !cased && IsUpper(r) {
			cased = true
		}
	}
	return cased
}

// StrIsTitle is str.istitle: uppercase and titlecase code points only
// after uncased ones, lowercase ones only after cased ones, and at least
// one cased code point.
func StrIsTitle(rs []rune) bool {
	cased, prevCased := false, false
	for _, r := range rs {
		switch {
		case IsUpper(r) || IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}
