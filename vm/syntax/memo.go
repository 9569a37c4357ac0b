package syntax

// This file holds the parser's memo table: the cached results of the rules
// that backtracking would otherwise re-parse many times, keyed by (rule,
// token position), and the bracket level of every token.
//
// The table is laid out as CPython's parser keeps its memo (a short list
// hanging off each token) rather than as a hash map: a module parse stores
// about two entries per token (collections/__init__.py: 4,867 tokens, 9,746
// entries), and a Go map of them cost 1.7 MB of allocation (slots of key and
// value with the map's spare capacity, and every table the map outgrew). The
// lists take 32 bytes an entry plus 4 a token, in one array sized at first
// use for 2.25 entries a token, which module parses rarely outgrow (the
// standard library's modules store 1.5-2.1).

// memoTable maps (rule, token position) to a rule's cached result.
type memoTable struct {
	// heads[pos] is 1 + the index of the newest entry stored at token pos
	// (0: none); each entry links to the previous one at the same position.
	heads   []int32
	entries []memoEntry
}

// memoEntry is one cached result: the node the rule produced (nil for a
// failure) and the token position after it.
type memoEntry struct {
	node any
	end  int32
	next int32 // 1 + index of the previous entry at this position; 0: none
	rule uint8
}

// lookup returns the newest entry for rule at pos, or nil.
func (t *memoTable) lookup(rule, pos int) *memoEntry {
	if pos >= len(t.heads) {
		return nil
	}
	for i := t.heads[pos]; i != 0; {
		e := &t.entries[i-1]
		if int(e.rule) == rule {
			return e
		}
		i = e.next
	}
	return nil
}

// store records node and end for rule at pos; it shadows any earlier
// entry for the same key. ntoks is the length of the token stream, which
// sizes the table on first use.
func (t *memoTable) store(rule, pos, end, ntoks int, node any) {
	if t.heads == nil {
		t.heads = make([]int32, ntoks+1)
		t.entries = make([]memoEntry, 0, ntoks*9/4+8)
	}
	if pos >= len(t.heads) {
		return // past the end of input: nothing to save there
	}
	t.entries = append(t.entries, memoEntry{node: node, end: int32(end), next: t.heads[pos], rule: uint8(rule)})
	t.heads[pos] = int32(len(t.entries))
}

// reset empties the table for the parser's second pass, keeping its
// memory.
func (t *memoTable) reset() {
	clear(t.heads)
	clear(t.entries)
	t.entries = t.entries[:0]
}

// bracketLevels returns the bracket nesting level of every token, as
// CPython's tokenizer records it: opening brackets count themselves,
// closing ones do not.
func bracketLevels(toks []Token) []int32 {
	levels := make([]int32, len(toks))
	var level int32
	for j := range toks {
		switch toks[j].Kind {
		case LPAR, LSQB, LBRACE:
			level++
		case RPAR, RSQB, RBRACE:
			level--
		}
		levels[j] = level
	}
	return levels
}

// memoLookup returns the cached result of rule at the current position
// and moves the cursor past it.
func (p *parser) memoLookup(rule int) (any, bool) {
	e := p.memo.lookup(rule, p.pos)
	if e == nil {
		return nil, false
	}
	p.pos = int(e.end)
	return e.node, true
}

// memoStore records that rule, started at start, produced node and left
// the cursor at the current position.
func (p *parser) memoStore(rule, start int, node any) {
	p.memo.store(rule, start, p.pos, len(p.toks), node)
}
