// This file holds double-double arithmetic, a value being the unevaluated
// sum hi + lo of two floats with |lo| <= ulp(hi)/2 (about 106 bits), and
// the constant tables libm.go evaluates with: pi/2 and ln 2 in pieces,
// reciprocals of factorials and odd numbers, log(j/128) and 2**(j/64).
// The tables are computed on first use from big.Float series, so no
// digits are copied from elsewhere; they are never written afterwards.

package random

import (
	"math"
	"math/big"
	"sync"
)

type dd struct{ hi, lo float64 }

// sum2 is the exact sum of two floats (Knuth's two-sum).
func sum2(a, b float64) dd {
	s := a + b
	v := s - a
	return dd{s, (a - (s - v)) + (b - v)}
}

// fastSum2 is the exact sum when |a| >= |b| (Dekker's fast two-sum).
func fastSum2(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// prod2 is the exact product of two floats, the error from a fused
// multiply-add.
func prod2(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s := sum2(a.hi, b.hi)
	t := sum2(a.lo, b.lo)
	s = fastSum2(s.hi, s.lo+t.hi)
	return fastSum2(s.hi, s.lo+t.lo)
}

func (a dd) neg() dd     { return dd{-a.hi, -a.lo} }
func (a dd) sub(b dd) dd { return a.add(b.neg()) }

func (a dd) mul(b dd) dd {
	p := prod2(a.hi, b.hi)
	return fastSum2(p.hi, p.lo+(float64(a.hi*b.lo)+float64(a.lo*b.hi)))
}

func (a dd) mulF(b float64) dd {
	p := prod2(a.hi, b)
	return fastSum2(p.hi, p.lo+float64(a.lo*b))
}

// div divides by long division with two correction steps.
func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.sub(b.mulF(q1))
	q2 := r.hi / b.hi
	r = r.sub(b.mulF(q2))
	q3 := r.hi / b.hi
	return fastSum2(q1, q2).add(dd{q3, 0})
}

// round returns the float nearest to hi + lo.
func (a dd) round() float64 { return a.hi + a.lo }

// Table sizes.
const (
	logTableLo = 90  // log table covers j/128 for j in [logTableLo, logTableHi]
	logTableHi = 182 // (128*sqrt(1/2) > 90, 128*sqrt(2) < 182)
	expSteps   = 64  // exp reduces by multiples of ln2/expSteps
	sinTerms   = 16  // terms of the sin and cos series on [-pi/4, pi/4]
	expTerms   = 14  // terms of the exp series on [-ln2/128, ln2/128]
	atanhTerms = 8   // terms of the atanh series for |s| < 2**-8.5
)

// mathTables holds the constants libm.go evaluates with. They are built
// on first use (building takes a few milliseconds, which a program that
// never draws a normal variate should not pay) and never written after.
type mathTables struct {
	pi, halfPi, ln2 dd
	// halfPiParts splits pi/2 into three 33-bit floats and a fourth one:
	// k times each of the first three is exact for |k| < 2**20.
	halfPiParts [4]float64
	// ln2Parts splits ln2/expSteps into a 33-bit float and two more.
	ln2Parts  [3]float64
	sinCoef   [sinTerms]dd       // (-1)**n / (2n+1)!
	cosCoef   [sinTerms]dd       // (-1)**n / (2n)!
	expCoef   [expTerms]dd       // 1 / n!
	atanhCoef [atanhTerms]dd     // 1 / (2n+1)
	logTable  [logTableHi + 1]dd // log(j/128) for j >= logTableLo
	exp2Table [expSteps]dd       // 2**(j/expSteps)
}

// tables returns the math tables, building them on the first call.
var tables = sync.OnceValue(buildTables)

// bigHalfPi returns pi/2 to piPrec bits, for reducing huge arguments.
var bigHalfPi = sync.OnceValue(func() *big.Float {
	return new(big.Float).SetPrec(piPrec).Quo(machinPi(piPrec), bigN(2, piPrec))
})

// Precisions of the table computations: pi/2 must be known to 1300
// bits to reduce arguments near 2**1024; the tables need far less.
const (
	piPrec    = 1300
	tablePrec = 256
)

func bigN(n int64, prec uint) *big.Float { return new(big.Float).SetPrec(prec).SetInt64(n) }

// bigAtanh sums the series of atanh(s) (or atan(s) if alternate) for a
// small s, at s's precision.
func bigAtanh(s *big.Float, alternate bool) *big.Float {
	prec := s.Prec()
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	sum := new(big.Float).SetPrec(prec).Set(s)
	pow := new(big.Float).SetPrec(prec).Set(s)
	if s.Sign() == 0 {
		return sum
	}
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, s2)
		term := new(big.Float).SetPrec(prec).Quo(pow, bigN(k, prec))
		if term.MantExp(nil)-sum.MantExp(nil) < -int(prec) {
			return sum
		}
		if alternate && k%4 == 3 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
}

// bigExp sums the series of exp(x) for 0 <= x < 1 at tablePrec.
func bigExp(x *big.Float) *big.Float {
	sum := bigN(1, tablePrec)
	term := bigN(1, tablePrec)
	for n := int64(1); term.Sign() != 0 && term.MantExp(nil) > -tablePrec-8; n++ {
		term.Mul(term, x)
		term.Quo(term, bigN(n, tablePrec))
		sum.Add(sum, term)
	}
	return sum
}

func inv(n int64, prec uint) *big.Float {
	return new(big.Float).SetPrec(prec).Quo(bigN(1, prec), bigN(n, prec))
}

// machinPi returns pi = 16 atan(1/5) - 4 atan(1/239) to prec bits.
func machinPi(prec uint) *big.Float {
	pi := new(big.Float).SetPrec(prec).Mul(bigAtanh(inv(5, prec), true), bigN(16, prec))
	return pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(bigAtanh(inv(239, prec), true), bigN(4, prec)))
}

func toDD(x *big.Float) dd {
	hi, _ := x.Float64()
	lo, _ := new(big.Float).SetPrec(x.Prec()).Sub(x, big.NewFloat(hi)).Float64()
	return dd{hi, lo}
}

// split cuts x into floats of the given bit widths, then one float for
// the rest.
func split(x *big.Float, widths ...uint) []float64 {
	rest := new(big.Float).SetPrec(x.Prec()).Set(x)
	var out []float64
	for _, w := range widths {
		f, _ := new(big.Float).SetPrec(w).SetMode(big.ToZero).Set(rest).Float64()
		out = append(out, f)
		rest.Sub(rest, big.NewFloat(f))
	}
	last, _ := rest.Float64()
	return append(out, last)
}

func buildTables() *mathTables {
	t := &mathTables{}
	pi := machinPi(tablePrec)
	ln2 := new(big.Float).SetPrec(tablePrec).Mul(bigAtanh(inv(3, tablePrec), false), bigN(2, tablePrec))
	halfPi := new(big.Float).SetPrec(tablePrec).Quo(pi, bigN(2, tablePrec))
	t.pi, t.halfPi, t.ln2 = toDD(pi), toDD(halfPi), toDD(ln2)
	copy(t.halfPiParts[:], split(halfPi, 33, 33, 33))
	ln2Step := new(big.Float).SetPrec(tablePrec).Quo(ln2, bigN(expSteps, tablePrec))
	copy(t.ln2Parts[:], split(ln2Step, 33, 53))

	fact := bigN(1, tablePrec)
	facts := []*big.Float{bigN(1, tablePrec)}
	for n := int64(1); n < 2*sinTerms+2; n++ {
		fact.Mul(fact, bigN(n, tablePrec))
		facts = append(facts, new(big.Float).Set(fact))
	}
	recip := func(x *big.Float) *big.Float { return new(big.Float).SetPrec(tablePrec).Quo(bigN(1, tablePrec), x) }
	for n := 0; n < sinTerms; n++ {
		s, c := recip(facts[2*n+1]), recip(facts[2*n])
		if n%2 == 1 {
			s.Neg(s)
			c.Neg(c)
		}
		t.sinCoef[n], t.cosCoef[n] = toDD(s), toDD(c)
	}
	for n := range t.expCoef {
		t.expCoef[n] = toDD(recip(facts[n]))
	}
	for n := range t.atanhCoef {
		t.atanhCoef[n] = toDD(inv(int64(2*n+1), tablePrec))
	}
	for j := int64(logTableLo); j <= logTableHi; j++ {
		// log(c) = 2 atanh((c-1)/(c+1)) with c = j/128.
		s := new(big.Float).SetPrec(tablePrec).Quo(bigN(j-128, tablePrec), bigN(j+128, tablePrec))
		t.logTable[j] = toDD(new(big.Float).SetPrec(tablePrec).Mul(bigAtanh(s, false), bigN(2, tablePrec)))
	}
	for j := range t.exp2Table {
		t.exp2Table[j] = toDD(bigExp(new(big.Float).SetPrec(tablePrec).Mul(ln2Step, bigN(int64(j), tablePrec))))
	}
	return t
}
