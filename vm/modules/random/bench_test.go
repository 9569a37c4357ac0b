// This file holds benchmarks of the generator and of the distributions
// whose cost is dominated by the correctly rounded math functions.

package random

import "testing"

func BenchmarkRandom(b *testing.B) {
	r := NewFromInt64(1)
	for i := 0; i < b.N; i++ {
		r.Random()
	}
}

func BenchmarkRandRange(b *testing.B) {
	r := NewFromInt64(1)
	for i := 0; i < b.N; i++ {
		r.RandInt64(0, 1000)
	}
}

func BenchmarkGauss(b *testing.B) {
	r := NewFromInt64(1)
	for i := 0; i < b.N; i++ {
		r.Gauss(0, 1)
	}
}

func BenchmarkNormalVariate(b *testing.B) {
	r := NewFromInt64(1)
	for i := 0; i < b.N; i++ {
		r.NormalVariate(0, 1)
	}
}

func BenchmarkExpoVariate(b *testing.B) {
	r := NewFromInt64(1)
	for i := 0; i < b.N; i++ {
		r.ExpoVariate(1)
	}
}

func BenchmarkVonMisesVariate(b *testing.B) {
	r := NewFromInt64(1)
	for i := 0; i < b.N; i++ {
		r.VonMisesVariate(0, 4)
	}
}
