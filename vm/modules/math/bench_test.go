// Benchmarks of the libm stand-ins against Go's math package, to keep the
// cost of correct rounding in view.

package math

import (
	gomath "math"
	"testing"
)

var benchSink float64

func benchArgs() []float64 {
	xs := make([]float64, 256)
	for i := range xs {
		xs[i] = 0.37 + float64(i)*0.731
	}
	return xs
}

func bench(b *testing.B, f func(float64) float64) {
	xs := benchArgs()
	for i := 0; i < b.N; i++ {
		benchSink += f(xs[i&255])
	}
}

func BenchmarkExp(b *testing.B)   { bench(b, crExp) }
func BenchmarkGoExp(b *testing.B) { bench(b, gomath.Exp) }
func BenchmarkLog(b *testing.B)   { bench(b, crLog) }
func BenchmarkSin(b *testing.B)   { bench(b, crSin) }
func BenchmarkAtan(b *testing.B)  { bench(b, crAtan) }
func BenchmarkPow(b *testing.B)   { bench(b, func(x float64) float64 { return crPow(x, 1.7) }) }
func BenchmarkSinHuge(b *testing.B) {
	bench(b, func(x float64) float64 { return crSin(x * 1e300) })
}
