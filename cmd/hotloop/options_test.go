// This file tests parseArgs, the command-line parser, on its own: which
// words become the program, its arguments and hotloop's settings. The
// subprocess tests against python3 are in tests/cli_test.go.

package main

import (
	"reflect"
	"testing"
)

func TestParseArgs(t *testing.T) {
	// env gives HOTLOOP_JIT the value v and leaves the rest unset.
	env := func(v string) func(string) string {
		return func(name string) string {
			if name == "HOTLOOP_JIT" {
				return v
			}
			return ""
		}
	}
	cases := []struct {
		args []string
		env  string
		want options
	}{
		{[]string{"x.py", "-c", "a"}, "", options{script: "x.py", args: []string{"-c", "a"}, jit: true}},
		{[]string{"-uBc", "pass", "-V"}, "", options{command: "pass", hasCommand: true, args: []string{"-V"}, unbuffer: true, jit: true}},
		{[]string{"-c", ""}, "", options{hasCommand: true, args: []string{}, jit: true}},
		{[]string{"-mmod", "a"}, "", options{module: "mod", args: []string{"a"}, jit: true}},
		{[]string{"-X", "dev", "-Wignore", "--", "-"}, "", options{script: "-", args: []string{}, jit: true}},
		{[]string{"--jit=off", "--jit-stats=s.json", "--jit-threshold=9", "x.py"}, "", options{script: "x.py", args: []string{}, jitStats: true, jitStatsFile: "s.json", jitThreshold: 9}},
		{[]string{"x.py"}, "0", options{script: "x.py", args: []string{}}},
		{[]string{"--jit=on"}, "0", options{jit: true}},
		{[]string{"-VV"}, "", options{version: 2, jit: true}},
		{[]string{"-i", "-c", "x"}, "", options{command: "x", hasCommand: true, args: []string{}, inspect: true, jit: true}},
		{[]string{"--profile=cpu", "--profile-dir=d", "--dump=ast"}, "", options{profile: "cpu", profileDir: "d", dump: "ast", jit: true}},
	}
	for _, c := range cases {
		got, err := parseArgs(c.args, env(c.env))
		if err != nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", c.args, *got, c.want)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	cases := []struct {
		args      []string
		msg       string
		withUsage bool
	}{
		{[]string{"-z"}, "Unknown option: -z", true},
		{[]string{"-uz"}, "Unknown option: -z", true},
		{[]string{"--nope"}, "unknown option --nope", true},
		{[]string{"-c"}, "Argument expected for the -c option", true},
		{[]string{"-u", "-m"}, "Argument expected for the -m option", true},
		{[]string{"-J"}, "-J is reserved for Jython", true},
		{[]string{"--jit=1"}, `hotloop: invalid value for --jit: "1" (want on or off)`, false},
	}
	for _, c := range cases {
		_, err := parseArgs(c.args, func(string) string { return "" })
		ue, ok := err.(*usageError)
		if !ok {
			t.Errorf("%q: error %v, want a usage error", c.args, err)
			continue
		}
		msg := ue.msg
		if !ue.withUsage {
			// the program name is the test binary's; compare the rest
			msg = "hotloop: " + msg[len(progName())+2:]
		}
		if msg != c.msg || ue.withUsage != c.withUsage {
			t.Errorf("%q: %q (usage %v), want %q (usage %v)", c.args, ue.msg, ue.withUsage, c.msg, c.withUsage)
		}
	}
}
