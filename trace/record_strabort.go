package trace

// Abort reasons of s[i] on a str the trace cannot index (docs/jit.md
// "Aborts predicted (session 21)"). They were one reason, "str index out
// of range or of a non-ASCII str while recording", which storms.go took
// for a value of the moment, so a loop indexing a non-ASCII str was
// recorded again and again (jit/str_concat: four side trace recordings
// per exit). A non-ASCII str is met again by the next recording (the str
// is usually the loop's own, as `alpha` in `alpha[y % len(alpha)]`): a
// stable reason, blacklisted at its second abort at the same pc.
const (
	StrItemNonASCII = "index of a non-ASCII str"
	StrItemRange    = "str index out of range while recording"
)

// strItemAbort aborts the recording of s[i] that the interpreter's
// helper could not make, naming why.
func (r *recorder) strItemAbort(s operand) error {
	if r.m.JITStrLen(s.v.Ref()) != int64(len(r.strOf(s))) {
		return r.abort(StrItemNonASCII)
	}
	return r.abort(StrItemRange)
}
