// byteload.go lowers BLOAD, the IR's one byte-sized access: a byte of a
// str's text (docs/jit.md "Str loops in traces (session 17)").

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// byteLoad pushes the byte at A + Aux + B, zero-extended to an i64. The
// address is computed in i32 as the other heap accesses are (pointers are
// the low 32 bits of linear memory addresses); a constant index folds
// into the load's offset.
func (l *lowerer) byteLoad(in *ir.Inst) {
	f := l.f
	l.push(in.A)
	off := in.Aux
	if in.B.IsConst() {
		off += l.t.Const(in.B).Int()
	} else {
		l.push(in.B)
		f.Op(OpI32WrapI64)
		f.Op(OpI32Add)
	}
	f.I64Load8U(l.offset(off))
}
