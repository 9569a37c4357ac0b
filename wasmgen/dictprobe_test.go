// dictprobe_test.go checks that the dict probe module (dictprobe.go) is
// valid wasm that wazero's compiler accepts, with the imports and exports
// the JIT links against; its answers are tested end to end by the jit
// package (jit/setprobe_test.go) and the corpus (jit/setprobe_*).

package wasmgen

import (
	"testing"

	"github.com/hotloop/hotloop/gc"
)

func TestDictProbeModuleCompiles(t *testing.T) {
	lay := DictProbeLayout{StorageOff: 24, IdxHdrBytes: 8, StrHashOff: 16, StrLenOff: 24, StrTextOff: 32,
		TagInt: gc.TagInt, TagStr: 129, IntNever: []gc.Tag{gc.TagNone, 129}, StrNever: []gc.Tag{130}, HashMul: 0x9e3779b97f4a7c15}
	names := DictProbeNames{Int: "w_i", IntHost: "h_i", Str: "w_s", StrHost: "h_s"}
	b, err := BuildDictProbeModule("probes", "mem", "heap", "rt", lay, names)
	if err != nil {
		t.Fatal(err)
	}
	cm := mustCompile(t, newRuntime(t), b)
	exports := cm.ExportedFunctions()
	for _, name := range []string{"w_i", "w_s"} {
		f, ok := exports[name]
		if !ok {
			t.Fatalf("no export %s", name)
		}
		if len(f.ResultTypes()) != 2 || len(f.ParamTypes()) != 2 {
			t.Errorf("%s: params %v results %v, want two of each", name, f.ParamTypes(), f.ResultTypes())
		}
	}
	imports := map[string]bool{}
	for _, f := range cm.ImportedFunctions() {
		mod, name, _ := f.Import()
		imports[mod+"."+name] = true
	}
	if !imports["rt.h_i"] || !imports["rt.h_s"] || len(imports) != 2 {
		t.Errorf("imports %v, want rt.h_i and rt.h_s", imports)
	}
	if WasmHelperModule("rt") == "rt" {
		t.Error("the wasm helper module must not be the host module")
	}
}
