// This file holds math.log, log2 and log10. CPython handles special values
// itself (m_log, m_log2, m_log10) and, for Python ints, computes the
// logarithm from the int's value even when it is too large for a float
// (loghelper): log(m * 2**e) = log(m) + log(2)*e.

package math

import (
	gomath "math"
	"math/big"
)

func mLog(x float64) float64 {
	if isFinite(x) {
		if x > 0 {
			return cLog(x)
		}
		if x == 0 {
			return gomath.Inf(-1)
		}
		return gomath.NaN()
	}
	if gomath.IsNaN(x) || x > 0 {
		return x
	}
	return gomath.NaN()
}

func mLog2(x float64) float64 {
	if !isFinite(x) {
		if gomath.IsNaN(x) || x > 0 {
			return x
		}
		return gomath.NaN()
	}
	if x > 0 {
		return cLog2(x)
	}
	if x == 0 {
		return gomath.Inf(-1)
	}
	return gomath.NaN()
}

func mLog10(x float64) float64 {
	if isFinite(x) {
		if x > 0 {
			return cLog10(x)
		}
		if x == 0 {
			return gomath.Inf(-1)
		}
		return gomath.NaN()
	}
	if gomath.IsNaN(x) || x > 0 {
		return x
	}
	return gomath.NaN()
}

// Log is math.log(x) for a float argument (the result of __float__).
func Log(x float64) (float64, error) { return math1(mLog, x, false) }

// Log2 is math.log2(x) for a float argument.
func Log2(x float64) (float64, error) { return math1(mLog2, x, false) }

// Log10 is math.log10(x) for a float argument.
func Log10(x float64) (float64, error) { return math1(mLog10, x, false) }

// LogInt is math.log(x) for a Python int x (bool included; int subclasses
// too, as CPython tests PyLong_Check, not __float__).
func LogInt(x *big.Int) (float64, error) { return logHelper(x, mLog) }

// Log2Int is math.log2(x) for a Python int x.
func Log2Int(x *big.Int) (float64, error) { return logHelper(x, mLog2) }

// Log10Int is math.log10(x) for a Python int x.
func Log10Int(x *big.Int) (float64, error) { return logHelper(x, mLog10) }

// LogBase finishes math.log(x, base): num and den are the results of Log or
// LogInt for x and base, and the answer is their true quotient.
func LogBase(num, den float64) (float64, error) {
	if den == 0 {
		return 0, &Error{"ZeroDivisionError", "float division by zero"}
	}
	return num / den, nil
}

func logHelper(x *big.Int, f func(float64) float64) (float64, error) {
	if x.Sign() <= 0 {
		return 0, domainError()
	}
	if v, ok := intToFloat(x); ok {
		return f(v), nil
	}
	m, e := frexpInt(x)
	return f(m) + f(2.0)*float64(e), nil
}

// intToFloat converts x with round-half-even, as PyLong_AsDouble; ok is
// false when the result overflows a float.
func intToFloat(x *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f, !gomath.IsInf(f, 0)
}

// IntToFloat is PyLong_AsDouble: x rounded half-even to a float, or
// OverflowError "int too large to convert to float".
func IntToFloat(x *big.Int) (float64, error) {
	f, ok := intToFloat(x)
	if !ok {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// frexpInt returns m, e with x ~= m * 2**e and 0.5 <= m < 1, m being x's
// leading bits rounded half-even to 53 bits (as _PyLong_Frexp).
func frexpInt(x *big.Int) (float64, int) {
	f := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(x)
	mant := new(big.Float)
	e := f.MantExp(mant)
	m, _ := mant.Float64()
	return m, e
}
