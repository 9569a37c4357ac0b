// carets.go computes CPython 3.11's caret line for a traceback entry whose
// range is a binary operation or a subscript: the operator (or the
// brackets) get '^' and the operands '~', found by parsing the segment as
// CPython's traceback code does.

package vm

import (
	"github.com/hotloop/hotloop/vm/syntax"
)

// anchorCarets returns the marks for segment (one per character), or nil
// when plain carets apply.
func anchorCarets(segment string, multiline bool) string {
	if multiline {
		return ""
	}
	mod, err := syntax.ParseFile("<string>", []byte(segment))
	if err != nil || len(mod.Body) != 1 {
		return ""
	}
	es, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return ""
	}
	var left, right int // byte offsets in segment
	switch e := es.Value.(type) {
	case *syntax.BinOp:
		left = e.Left.(syntax.Located).Pos().EndColOffset
		rstart := e.Right.(syntax.Located).Pos().ColOffset
		if e.Left.(syntax.Located).Pos().EndLineno != 1 || e.Right.(syntax.Located).Pos().Lineno != 1 {
			return ""
		}
		for left < rstart && left < len(segment) && (segment[left] == ' ' || segment[left] == '\t' || segment[left] == '\f' || segment[left] == ')') {
			left++
		}
		right = left + 1
		if right < len(segment) && right < rstart && segment[right] != ' ' && segment[right] != '\t' && segment[right] != '\f' {
			right++
		}
	case *syntax.Subscript:
		if e.Value.(syntax.Located).Pos().EndLineno != 1 || e.Slice.(syntax.Located).Pos().EndLineno != 1 {
			return ""
		}
		left = e.Value.(syntax.Located).Pos().EndColOffset
		right = e.Slice.(syntax.Located).Pos().EndColOffset + 1
	default:
		return ""
	}
	out := make([]byte, 0, len(segment))
	for i := 0; i < len(segment); {
		_, n := decodeRuneWTF8(segment[i:])
		switch {
		case i < left:
			out = append(out, '~')
		case i < right:
			out = append(out, '^')
		default:
			out = append(out, '~')
		}
		i += n
	}
	return string(out)
}
