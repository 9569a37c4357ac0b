package main

import "testing"

// TestAsyncCompiles checks the HOTLOOP_JIT_ASYNC setting: background
// compiles only with "1" and more than one Go thread.
func TestAsyncCompiles(t *testing.T) {
	cases := []struct {
		env   string
		procs int
		want  bool
	}{
		{"", 1, false},
		{"", 2, false},
		{"0", 2, false},
		{"1", 1, false},
		{"1", 2, true},
		{"1", 4, true},
		{"yes", 2, false},
	}
	for _, c := range cases {
		if got := asyncCompiles(c.env, c.procs); got != c.want {
			t.Errorf("HOTLOOP_JIT_ASYNC=%q with %d procs: async %v, want %v", c.env, c.procs, got, c.want)
		}
	}
}
