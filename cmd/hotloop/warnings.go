// warnings.go prints the compiler's SyntaxWarnings as CPython's default
// warnings filter shows them on stderr: "file:line: SyntaxWarning: msg",
// then the stripped source line when the file is a real one (not <string>
// or <stdin>), each location once.

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/hotloop/hotloop/vm/compile"
)

// printSyntaxWarnings writes ws to w; src is the program's source.
func printSyntaxWarnings(w io.Writer, ws []compile.Warning, src []byte) {
	if len(ws) == 0 {
		return
	}
	var lines []string
	seen := map[compile.Warning]bool{}
	for _, x := range ws {
		if seen[x] {
			continue
		}
		seen[x] = true
		fmt.Fprintln(w, x.String())
		if strings.HasPrefix(x.Filename, "<") {
			continue
		}
		if lines == nil {
			lines = strings.Split(string(src), "\n")
		}
		if x.Line >= 1 && x.Line <= len(lines) {
			if text := strings.TrimSpace(lines[x.Line-1]); text != "" {
				fmt.Fprintf(w, "  %s\n", text)
			}
		}
	}
}
