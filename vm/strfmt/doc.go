// Package strfmt is CPython 3.11's string formatting as a pure Go library:
// the format-spec mini-language behind format() and str.format (ParseSpec
// and the Format* functions), printf-style formatting behind str % args
// and bytes % args (Percent, PercentBytes), and the template parsing and
// rendering of str.format and str.format_map (Parser, SplitFieldName,
// Render, RenderMap), which also serve _string.formatter_parser and
// _string.formatter_field_name_split.
//
// The package knows nothing of Python objects. Numbers arrive as *big.Int,
// int64 and float64, text as Go strings, and where formatting needs an
// object's behaviour (repr(), __index__, attribute lookup...) it asks
// through small interfaces the interpreter implements (Value, Args, Env).
//
// Strings are UTF-8, with lone surrogates stored as their 3-byte WTF-8
// encodings, the representation the rest of hotloop uses for str. Widths
// and precisions count code points, as CPython does.
//
// Every error is an *Error carrying the Python exception class and
// CPython's message, byte for byte, except errors returned by the
// interfaces, which are passed through unchanged.
package strfmt
