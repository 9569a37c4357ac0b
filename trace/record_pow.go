// record_pow.go holds the in-trace evaluation of x ** c for a float x and a
// constant float exponent c: instead of a host call to the interpreter's
// FloatPow (about 31 ns, plus the register spills around it that slow the
// whole loop), the trace computes the power with plain float IR ops.
//
// For c = 1.5, -1.5, -0.5, 3, 4, -2, -3 and -4 it replays
// vm/num.powShortEval operation for operation: a double-double square root
// or power and at most one double-double reciprocal, then Ziv's rounding
// test (hi + (lo - eb) == hi + (lo + eb), eb = 2**-97 * hi) as a guard.
// wasm has no fused multiply-add, so each FMA of powShortEval is replaced
// by an exact emulation that yields the very same double:
//
//   - FMA(x, y, -p) with p = RN(x*y) is the product's rounding error, which
//     is a double; Dekker's product (Veltkamp splitting into 26-bit halves,
//     four exact partial products) computes it exactly as long as no
//     partial product underflows below the subnormal grid or overflows.
//     The range guards keep every operand between 2**-960 and 2**960, and
//     every partial product is a multiple of ulp(a)*ulp(b) >= 2**-1064, so
//     even a subnormal partial product is exact.
//   - FMA(-s, s, x) with s = RN(sqrt(x)) is RN(x - s*s). With p = RN(s*s)
//     and e = s*s - p (exact, as above), x - p is exact by Sterbenz's lemma
//     (p is within a factor 1 + 2**-51 of x, so x/2 <= p <= 2x), and
//     (x - p) - e is then rounded once: RN(x - s*s), FMA's result.
//   - FMA(-q, h, 1) with q = RN(1/h) is RN(1 - q*h): p = RN(q*h) lies in
//     [1/2, 2], so 1 - p is exact (Sterbenz) and (1 - p) - e rounds once.
//
// Every other operation is the same IEEE operation on the same operands in
// the same order, so hi and lo are bit-identical to powShortEval's, the
// rounding guard fails exactly when powShortFast gives up (about one input
// in 2**40; the interpreter then finishes), and a passing guard returns
// powShortFast's value, which is num.FloatPow's. The argument is also in
// docs/num.md ("Powers inside traces").
//
// c = 2, -1, 0.5 and 1 are one IEEE operation or the identity (x*x, 1/x,
// sqrt(x) + 0.0, x), with guards for the results FloatPow does not give
// that way (overflow, division by zero, negative bases of sqrt).
//
// The evaluation is written once, generically over powArith: irPow emits
// it into a trace, floatPowEval runs it on float64 values, which the
// recorder uses to decide whether the recorded value passes the guards (a
// trace that would always exit is not worth compiling) and the tests use
// to check millions of inputs against num.FloatPow.

package trace

import (
	"math"

	"github.com/hotloop/hotloop/trace/ir"
)

// powArith is the arithmetic the in-trace power is written in: float
// constants, the float IR ops (FADD, FSUB, FMUL, FDIV, FSQRT, FABS) and
// float guards (the evaluation continues; the guard's failure is an exit).
type powArith[V any] interface {
	k(v float64) V
	op1(op ir.Op, a V) V
	op2(op ir.Op, a, b V) V
	guard(c ir.Cond, a, b V)
}

// The range guards of powShortEval: the square-root exponents need x in
// [2**-600, 2**600], the integral ones |x| in [2**-240, 2**240].
const (
	powSqrtMin = 0x1p-600
	powSqrtMax = 0x1p600
	powIntMin  = 0x1p-240
	powIntMax  = 0x1p240
	// powZivErr is powShortFast's bound on the relative error of hi+lo.
	powZivErr = 0x1p-97
	// powSplitter splits a double into two 26-bit halves (Veltkamp).
	powSplitter = 0x1p27 + 1
)

// powConstSupported reports whether x ** c is evaluated inside traces for
// the constant exponent c.
func powConstSupported(c float64) bool {
	switch c {
	case 1, 2, -1, 0.5, 1.5, -1.5, -0.5, 3, 4, -2, -3, -4:
		return true
	}
	return false
}

// powConst evaluates x ** c for a supported constant c (powConstSupported)
// in e's arithmetic; the guards it emits fail whenever the result would
// not be num.FloatPow(x, c) (see the file comment).
func powConst[V any](e powArith[V], x V, c float64) V {
	inf := e.k(math.Inf(1))
	var hi, lo V
	switch c {
	case 1:
		// FloatPow(x, 1) is x for every x, NaNs and infinities included.
		return x
	case 2:
		// x*x, unless it overflows (OverflowError) or x is NaN.
		r := e.op2(ir.FMUL, x, x)
		e.guard(ir.LT, r, inf)
		return r
	case -1:
		// 1/x, unless x is zero (ZeroDivisionError), 1/x overflows
		// (OverflowError) or x is NaN. 1/±inf = ±0 is FloatPow's result.
		r := e.op2(ir.FDIV, e.k(1), x)
		e.guard(ir.LT, e.op1(ir.FABS, r), inf)
		return r
	case 0.5:
		// sqrt(x) for x >= 0 (a negative base's result is complex, -inf's
		// is inf); adding +0.0 turns sqrt(-0.0) = -0.0 into FloatPow's +0.0
		// and changes nothing else.
		e.guard(ir.GE, x, e.k(0))
		return e.op2(ir.FADD, e.op1(ir.FSQRT, x), e.k(0))
	case 1.5, -1.5, -0.5:
		// NaN fails both guards.
		e.guard(ir.GE, x, e.k(powSqrtMin))
		e.guard(ir.LE, x, e.k(powSqrtMax))
		// sqrt(x) = s + sl, sl = (x - s*s) / (2s).
		s := e.op1(ir.FSQRT, x)
		p := e.op2(ir.FMUL, s, s)
		res := e.op2(ir.FSUB, e.op2(ir.FSUB, x, p), powProdErr(e, s, s, p))
		sl := e.op2(ir.FDIV, res, e.op2(ir.FMUL, e.k(2), s))
		u := e.op2(ir.FMUL, x, s)
		ul := e.op2(ir.FADD, powProdErr(e, x, s, u), e.op2(ir.FMUL, x, sl))
		switch c {
		case 1.5:
			hi, lo = u, ul
		case -1.5:
			hi, lo = powRecip(e, u, ul)
		default:
			hi, lo = powRecip(e, s, sl)
		}
	case 3, 4, -2, -3, -4:
		// Every step below is an odd (c = 3, -3) or even function of x and
		// round-to-nearest is symmetric, so a negative x gives exactly the
		// negated or the same hi and lo as |x|: FloatPow's sign rule.
		ax := e.op1(ir.FABS, x)
		e.guard(ir.GE, ax, e.k(powIntMin))
		e.guard(ir.LE, ax, e.k(powIntMax))
		a := e.op2(ir.FMUL, x, x)
		b := powProdErr(e, x, x, a)
		switch math.Abs(c) {
		case 2:
			hi, lo = a, b
		case 3:
			hi = e.op2(ir.FMUL, x, a)
			lo = e.op2(ir.FADD, powProdErr(e, x, a, hi), e.op2(ir.FMUL, x, b))
		default:
			hi = e.op2(ir.FMUL, a, a)
			// (2*a*b + b*b) as Go evaluates it: ((2*a)*b) + (b*b).
			cross := e.op2(ir.FMUL, e.op2(ir.FMUL, e.k(2), a), b)
			lo = e.op2(ir.FADD, powProdErr(e, a, a, hi), e.op2(ir.FADD, cross, e.op2(ir.FMUL, b, b)))
		}
		if c < 0 {
			hi, lo = powRecip(e, hi, lo)
		}
	default:
		panic("powConst: unsupported exponent") // callers check powConstSupported
	}
	// Ziv's rounding test: hi+lo is within eb of x**c, so when both ends
	// of the interval round to the same double, that double is x**c
	// correctly rounded.
	eb := e.op2(ir.FMUL, e.k(powZivErr), hi)
	r := e.op2(ir.FADD, hi, e.op2(ir.FSUB, lo, eb))
	e.guard(ir.EQ, r, e.op2(ir.FADD, hi, e.op2(ir.FADD, lo, eb)))
	return r
}

// powSplit splits a into hi + lo, each of at most 26 significant bits
// (Veltkamp), exactly, when powSplitter*a does not overflow.
func powSplit[V any](e powArith[V], a V) (hi, lo V) {
	t := e.op2(ir.FMUL, e.k(powSplitter), a)
	hi = e.op2(ir.FSUB, t, e.op2(ir.FSUB, t, a))
	return hi, e.op2(ir.FSUB, a, hi)
}

// powProdErr returns a*b - p exactly, for p = RN(a*b) (Dekker's product):
// what FMA(a, b, -p) computes. The halves' products are exact and so is
// every partial sum, given the ranges powConst guards.
func powProdErr[V any](e powArith[V], a, b, p V) V {
	ah, al := powSplit(e, a)
	bh, bl := powSplit(e, b)
	r := e.op2(ir.FSUB, e.op2(ir.FMUL, ah, bh), p)
	r = e.op2(ir.FADD, r, e.op2(ir.FMUL, ah, bl))
	r = e.op2(ir.FADD, r, e.op2(ir.FMUL, al, bh))
	return e.op2(ir.FADD, r, e.op2(ir.FMUL, al, bl))
}

// powRecip is num.ddRecip: 1/(h+l) as q + (RN(1 - q*h) - q*l) * q with
// q = RN(1/h); RN(1 - q*h) is (1 - p) - e with p = RN(q*h) and e its exact
// error, 1 - p being exact by Sterbenz (p is within 2**-51 of 1).
func powRecip[V any](e powArith[V], h, l V) (hi, lo V) {
	q := e.op2(ir.FDIV, e.k(1), h)
	p := e.op2(ir.FMUL, q, h)
	res := e.op2(ir.FSUB, e.op2(ir.FSUB, e.k(1), p), powProdErr(e, q, h, p))
	lo = e.op2(ir.FMUL, e.op2(ir.FSUB, res, e.op2(ir.FMUL, q, l)), q)
	return q, lo
}

// floatPowEval runs powConst on float64 values; failed records whether a
// guard failed (the trace would have exited).
type floatPowEval struct{ failed bool }

func (*floatPowEval) k(v float64) float64 { return v }

func (*floatPowEval) op1(op ir.Op, a float64) float64 {
	switch op {
	case ir.FSQRT:
		return math.Sqrt(a)
	case ir.FABS:
		return math.Abs(a)
	}
	panic("floatPowEval: op " + op.String())
}

func (*floatPowEval) op2(op ir.Op, a, b float64) float64 {
	// float64() conversions keep the compiler from fusing a product into
	// a following add or subtract on targets with FMA.
	switch op {
	case ir.FADD:
		return float64(a) + float64(b)
	case ir.FSUB:
		return float64(a) - float64(b)
	case ir.FMUL:
		return float64(a * b)
	case ir.FDIV:
		return float64(a / b)
	}
	panic("floatPowEval: op " + op.String())
}

func (e *floatPowEval) guard(c ir.Cond, a, b float64) {
	if !c.EvalFloat(a, b) {
		e.failed = true
	}
}

// powConstFloat returns x ** c as the trace computes it, and false when a
// guard of the trace would exit.
func powConstFloat(x, c float64) (float64, bool) {
	var e floatPowEval
	r := powConst[float64](&e, x, c)
	return r, !e.failed
}

// irPow emits powConst into a trace; its guards exit through snap.
type irPow struct {
	b    *ir.Builder
	snap ir.SnapID
}

func (e irPow) k(v float64) ir.Ref               { return e.b.KFloat(v) }
func (e irPow) op1(op ir.Op, a ir.Ref) ir.Ref    { return e.b.Op1(op, ir.Float, a) }
func (e irPow) op2(op ir.Op, a, b ir.Ref) ir.Ref { return e.b.Op2(op, ir.Float, a, b) }
func (e irPow) guard(c ir.Cond, a, b ir.Ref)     { e.b.Guard(c, a, b, e.snap) }

// emitPowConst emits x ** c for the float x (a Ref) and the supported
// constant c, exiting through snap where the interpreter must compute it.
func emitPowConst(b *ir.Builder, x ir.Ref, c float64, snap ir.SnapID) ir.Ref {
	return powConst[ir.Ref](irPow{b, snap}, x, c)
}
