// side.go grows side traces (bridges, LuaJIT's term is side traces): an
// exit of a compiled trace that keeps reaching Go gets a trace of its own,
// recorded from the exit's resume pc with the frame as the exit wrote it,
// up to the root trace's loop header. The side trace is linked without
// recompiling its parent: every exit block reads a link word for (trace,
// exit) after writing its snapshot and, when it is set, calls the side
// trace through the shared table; the side trace returns "loop again"
// (the root restarts from its entry) or one of its own exits, tagged with
// its slot. docs/jit.md "Side traces" describes the design.

package jit

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// exitState is what the JIT knows about one exit of a trace.
type exitState struct {
	count  int       // times it reached Go
	skip   int       // exits to let pass before recording again (back-off)
	aborts int       // its start's aborts so far (sideMemo)
	black  bool      // its side trace keeps aborting: never again
	leaves bool      // its side trace's path left the loop: the loop's own end
	side   *compiled // the side trace linked from it, if any
	// waits: its side trace was recorded but does not pay yet
	// (payoff.go); the trace stays primed meanwhile, so that the exits
	// that will pay for it keep coming.
	waits bool
	// memo: what aborted side traces from this exit taught (storms.go),
	// kept by where they start, so that the same exit of the trace
	// recorded again shares it; tried: this exit has recorded once.
	memo  *sideMemo
	tried bool
	// future: the runs of the range loops around the root loop as this
	// exit's decisions saw them (sidebudget.go).
	future *loop
	// waitWork, waitCost: the work clock when it first waited for its
	// side trace, and that side trace's estimated cost; waitOver: it has
	// waited too long to keep priming its trace; waitLong: its side path
	// is too long for its wait to prime at all (waitprime.go).
	waitWork, waitCost float64
	waitOver, waitLong bool
	// inherited: the exits its trace's parent exit waited that count
	// towards its own side trace's wait (treepay.go heirOf).
	inherited int
	// near: whether the interpreter may leave the loop just after the
	// exit's resume pc, once scanned (exitnear.go).
	near nearState
}

// earnAgain makes the exit earn its side trace from the start: its count,
// back-off and waiting (with waitprime.go's window) begin again. Used
// where a side trace is retired because the exit now reaches Go from
// other entries than those it was counted on (accepted.go,
// acceptedhop.go).
func (e *exitState) earnAgain() {
	e.count, e.skip, e.waits, e.waitWork, e.waitOver, e.waitLong = 0, 0, false, 0, false, false
}

// maxUntracedPenalty bounds the back-off of a root path that reached a
// loop without a trace (path.go; side traces that do wait for the loop
// instead, storms.go).
const maxUntracedPenalty = 16

// maxUntracedAborts is how many side trace recordings from one exit may
// end at a loop without a trace before the exit is blacklisted: a
// backstop (one run of fannkuch recorded 13,708 of them when the retries
// came every 16 exits; they now wait for the loop's trace and back off
// doubling, storms.go).
const maxUntracedAborts = 64

// defaultHotExit is HotExit's default (the brief's ~10-200 exits).
// LuaJIT takes 10, but its compiles cost microseconds and ours a few
// milliseconds (wazero's compiler): at 10, short programs with branchy
// loops spent more on compiling side traces than they ran (corpus
// workloads/richards 0.23 s CPU with the JIT vs 0.12 s without; at 30,
// 0.18 s), while the benchmarks' hot exits fire thousands of times and
// lose nothing by waiting for 30.
const defaultHotExit = 30

// setupLinks allocates the link words (once, with the runtime) and fixes
// the hot-exit count from the loop threshold.
func (j *JIT) setupLinks(m *vm.VM) {
	j.hotExit = j.cfg.HotExit
	if j.hotExit <= 0 {
		j.hotExit = min(defaultHotExit, max(m.JITHookThreshold(), 1))
	}
	// The link words, then the exit-pc table (exitPCs), one word per
	// (slot, exit) each.
	links, err := m.JITAllocFixed(2 * 4 * wasmgen.LinkWords * j.cfg.MaxModules)
	if err != nil {
		j.logf("side traces off: %v", err)
		return
	}
	j.links = links
}

// linkBase is the address of slot's link words (0: no links).
func (j *JIT) linkBase(slot int32) uint32 {
	if j.links == 0 {
		return 0
	}
	return j.links + 4*wasmgen.LinkWords*uint32(slot)
}

// exitPCs is the address of the exit-pc table (wasmgen.LowerConfig.
// ExitPCs; 0: none): after the link words, one word per (slot, exit id).
func (j *JIT) exitPCs() uint32 {
	if j.links == 0 {
		return 0
	}
	return j.links + 4*wasmgen.LinkWords*uint32(j.cfg.MaxModules)
}

// setExitPCs fills c's words of the exit-pc table: the resume pc + 1 of
// each exit that resumes in the loop's own frame, so that an outer trace
// calling c's root knows where c's exits leave the inner loop.
func (j *JIT) setExitPCs(c *compiled) {
	if j.links == 0 {
		return
	}
	mem := j.w.heapBytes()
	base := j.exitPCs() + 4*wasmgen.LinkWords*uint32(c.slot)
	words := mem[base : base+4*wasmgen.LinkWords]
	clear(words)
	for id := 1; id < len(c.t.Snaps) && id < wasmgen.LinkWords; id++ {
		if s := c.t.Snap(ir.SnapID(id)); s.Depth() == 0 {
			binary.LittleEndian.PutUint32(words[4*id:], uint32(s.PC)+1)
		}
	}
}

// setLink writes link word i of the trace in slot.
func (j *JIT) setLink(slot int32, i int, v uint32) {
	if j.links == 0 || i <= 0 || i >= wasmgen.LinkWords {
		return
	}
	mem := j.w.heapBytes()
	binary.LittleEndian.PutUint32(mem[j.linkBase(slot)+4*uint32(i):], v)
}

// nestedLinks lays out link words after t's own exits for the exits of
// the inner traces t calls, one range per inner trace called at one call
// site only (a second call site could not tell its exits apart).
func (j *JIT) nestedLinks(t *ir.Trace, calls []int32) map[int32]wasmgen.NestedLink {
	if j.links == 0 || len(calls) == 0 {
		return nil
	}
	seen := map[int32]int{}
	for _, s := range calls {
		seen[s]++
	}
	for s := range calleeSlots(t) {
		seen[s] += 2 // called in a callee's window: no nested links (calls.go)
	}
	links := map[int32]wasmgen.NestedLink{}
	base := uint32(len(t.Snaps))
	for _, s := range calls {
		inner := j.bySlot[s]
		if seen[s] != 1 || inner == nil {
			continue
		}
		n := uint32(len(inner.t.Snaps))
		if base+n > wasmgen.LinkWords {
			break
		}
		links[s] = wasmgen.NestedLink{Base: base, Count: n}
		base += n
	}
	return links
}

// unlink detaches c before its slot is freed: its parent's link word to
// it is cleared and its own link words zeroed.
func (j *JIT) unlink(c *compiled) {
	j.clearHopWords(c.slot)
	j.unlinkShared(c) // sideshare.go
	if p := c.parent; p != nil {
		j.setLink(p.slot, c.parentLink, 0)
		if c.parentState != nil && c.parentState.side == c {
			c.parentState.side = nil
		}
		for i, sd := range p.sides {
			if sd == c {
				p.sides = append(p.sides[:i], p.sides[i+1:]...)
				break
			}
		}
	}
	if j.links != 0 {
		mem := j.w.heapBytes()
		clear(mem[j.linkBase(c.slot) : j.linkBase(c.slot)+4*wasmgen.LinkWords])
		pcs := j.exitPCs() + 4*wasmgen.LinkWords*uint32(c.slot)
		clear(mem[pcs : pcs+4*wasmgen.LinkWords])
	}
}

// innerLookup finds the compiled traces of loops in the same code and
// globals as key, for a recording that reaches an inner loop.
func (j *JIT) innerLookup(key loopKey) trace.InnerLookup {
	return func(pc int) (trace.Inner, bool) {
		lp := j.loops[loopKey{key.code, pc, key.globals}]
		if lp != nil && lp.tr == nil && lp.unroll {
			return trace.Inner{Unroll: true}, false // shortunroll.go, poly.go: unrolled where met
		}
		if lp == nil || lp.tr == nil || lp.tr.isPath() || lp.tr.callee != nil {
			// (A path leaves its loop at once: an outer trace unrolls
			// the loop instead of calling it. A trace that calls a
			// callee's loop trace in the callee's window is not called
			// either: the exits in that window, and its own exits whose
			// snapshots name the callee's frame, reach the caller as
			// nested exits, which resume in the caller's frame without
			// the callee's frame Go must push (calls.go); the caller
			// has no callee site to push it from. Session 24's hunt: an
			// early return from the callee's loop resumed at its pc in
			// the caller's frame and looped for ever, jit/hunt_callee_inner.)
			return trace.Inner{}, false
		}
		c := lp.tr
		pcs := make([]int32, len(c.t.Snaps))
		for i := 1; i < len(c.t.Snaps); i++ {
			pcs[i] = c.t.Snaps[i].PC
		}
		return trace.Inner{Slot: c.slot, SnapPCs: pcs, BackEdge: c.backEdge, Depth: c.depth, Unroll: lp.unroll}, true
	}
}

// linkLookup finds the compiled root traces of loops in the same code
// and globals as key, which a side trace may end by entering.
func (j *JIT) linkLookup(key loopKey) trace.LinkLookup {
	return func(pc int) (int32, bool) {
		lp := j.loops[loopKey{key.code, pc, key.globals}]
		if lp == nil || lp.tr == nil || lp.tr.root != lp.tr {
			return 0, false
		}
		return lp.tr.slot, true
	}
}

// exitTaken counts an exit of x that reached Go (its snapshot is written,
// the interpreter is about to resume at its pc) and records a side trace
// from it once it is hot.
func (j *JIT) exitTaken(m *vm.VM, x *compiled, snap ir.SnapID) {
	if j.links == 0 || int(snap) >= wasmgen.LinkWords || int(snap) >= len(x.exits) || x.gen >= j.cfg.MaxSideDepth {
		return
	}
	e := &x.exits[snap]
	if len(x.t.Snap(snap).Frames) > 0 {
		return // it resumes in a callee's frame Go pushed: a side trace would start there (calls.go)
	}
	j.noteResume(m, x, snap, e) // stormsret.go
	if j.hot(e) {
		j.heirOf(x, e) // treepay.go
		j.compileSide(m, x, int(snap), int(x.t.Snap(snap).PC), e)
	}
}

// hot counts an exit and reports whether it is time to record its side
// trace.
func (j *JIT) hot(e *exitState) bool {
	if e.black || e.side != nil {
		return false
	}
	e.count++
	if e.count < j.hotExit {
		return false
	}
	if e.skip > 0 {
		if !j.waitOver(e) {
			e.skip--
			return false
		}
		// The loop its side trace stopped at has a trace now (storms.go).
		e.skip = 0
	}
	return true
}

// nestedTaken handles an exit of inner trace x, called by c, that reached
// Go: first as an exit of x (a side trace of the inner loop); once that
// is blacklisted (its path leaves the inner loop: a break, the loop's
// end on another path than the one c continues on), as an exit of c, whose
// side trace goes on from there to c's header, linked through c's
// NestedLinks word for it.
func (j *JIT) nestedTaken(m *vm.VM, c, x *compiled, snap ir.SnapID) {
	if j.links == 0 || int(snap) >= len(x.exits) {
		return
	}
	if x.root != x {
		// A side trace of the inner loop: its exit grows a side trace of
		// its own, linked in x's words wherever x runs (sidenested.go).
		j.nestedSideTaken(m, x, snap)
		return
	}
	if !x.exits[snap].black && int(snap) < wasmgen.LinkWords {
		j.exitTaken(m, x, snap)
		return
	}
	nl, ok := c.nestedLinks[x.slot]
	if !ok || uint32(snap) >= nl.Count || c.gen >= j.cfg.MaxSideDepth {
		return
	}
	i := int(nl.Base) + int(snap)
	e := c.nested[i]
	if e == nil {
		e = &exitState{}
		c.nested[i] = e
	}
	if j.hot(e) {
		j.compileSide(m, c, i, int(x.t.Snap(snap).PC), e)
	}
}

// compileSide records, optimises, lowers and links a side trace that
// starts at pc resume, hanging off link word link of x (an exit number of
// x, or one of its NestedLinks words).
func (j *JIT) compileSide(m *vm.VM, x *compiled, link, resume int, e *exitState) {
	start := time.Now()
	if j.sideHeld(m, x, link, resume, e) || j.refuseDoomedSide(m, x.root, e, resume) {
		return // storms.go, predict.go
	}
	if len(j.slots) == 0 || j.codeBytes() > j.cfg.MaxCodeBytes {
		j.evict()
		if j.bySlot[x.slot] != x || len(j.slots) == 0 {
			return // x itself went (or nothing could)
		}
	}
	root := x.root
	j.n++
	name := fmt.Sprintf("trace_%d", j.n)
	wait := -1 // the header of the loop without a trace it reached (storms.go)
	fail := func(pc int, reason string, left bool) {
		j.stats.TracesAborted++
		j.stats.AbortSeconds += time.Since(start).Seconds()
		j.stats.AbortReasons["side trace: "+reason+" at "+where(root.key.code, pc)]++
		// Counted where the side trace starts, over every exit that
		// resumes there; backed off, waiting for an untraced loop
		// (storms.go).
		j.sideAborted(m, root, e, pc, wait, reason, left)
		j.certainSideAbort(e, reason)            // predict.go
		j.calloutNoteAbort(root.key, pc, reason) // callout.go
		j.logf("side trace abort at %s (exit %d of %s, loop at %s): %s", where(root.key.code, pc), link, x.name, where(root.key.code, root.key.pc), reason)
		if e.black {
			j.logf("blacklisted exit %d of %s after %d aborts", link, x.name, e.aborts)
		}
	}
	rec, err := trace.RecordSide(m, root.key.pc, root.backEdge, resume, name, j.innerLookup(root.key), j.linkLookup(root.key), j.liveCache, root.gets, &j.scratch)
	if err != nil {
		pc, left := resume, false
		if a, ok := err.(*trace.Abort); ok {
			pc, left = a.PC, a.LeftLoop
			if h, ok := a.UntracedHeader(); ok {
				wait = h
			}
			err = fmt.Errorf("%s", a.Reason)
		}
		fail(pc, err.Error(), left)
		if err.Error() == trace.SideCalleeLoop {
			j.recordAgain(root) // calls.go
		}
		return
	}
	root.gets.Merge(rec.Gets) // trace/record_dictconst.go
	if !rec.Enters && (rec.Left && j.hopsWanted() || root.isPath()) {
		// It left the root loop and came back to its header (an inner
		// loop's end that runs the whole outer loop's path): it enters the
		// root as another loop's trace is entered, by a hop, which also
		// ends an outer trace that called the root (passing EnterTrace
		// up), as an inner loop's end linked to another loop does. A
		// root path has no loop to go round: its side traces that come
		// back to its header always enter it again.
		rec.Enters, rec.EnterPC, rec.EnterSlot = true, root.key.pc, root.slot
	}
	var target *compiled
	if rec.Enters {
		// It ends at another loop's header: that loop's trace must still
		// be the one in the slot the recording saw.
		target = j.bySlot[rec.EnterSlot]
		if target == nil || target.root != target || target.key != (loopKey{root.key.code, rec.EnterPC, root.key.globals}) {
			fail(rec.EnterPC, "linked trace gone", false)
			return
		}
		if j.refuseNestHop(x, target, link, rec, e) { // acceptedhop.go
			return
		}
	}
	shape := j.shapeOf(x, link, resume, rec)
	if s := j.sharedSide(x, shape); s != nil {
		j.linkShared(x, link, e, s, time.Since(start)) // sideshare.go: the same code is there already
		return
	}
	if j.estimating(m) && j.sideDeferredEstimated(m, rec, e, link, x) {
		j.scratch.Drop(rec) // the next recording reuses its storage
		return              // estimate.go: deferred on its guessed size, not lowered
	}
	j.sideOf, j.sideLink = x, link
	b, reason := j.build(name, rec, true, true)
	j.sideOf, j.sideLink = nil, 0
	if reason != "" {
		fail(resume, reason, false)
		return
	}
	if x != root && sameTrace(x.t, b.t) {
		fail(resume, "side trace the same as the one it leaves", false) // sameside.go
		return
	}
	if j.payoffOn(m) && !j.known(b.low.Wasm) {
		// Ski rental (payoff.go): the exit should be taken as many times
		// again as it has been.
		if wait := j.sideWait(m, root, e, b.low.Instrs, rec.Bytecodes, b.low.Wasm); wait > 0 { // sidebudget.go
			e.skip = wait
			e.waits = true
			j.noteWait(m, e, b.low.Instrs, rec.Bytecodes, root.bytecodes)
			j.logf("deferred side trace for exit %d of %s: %d wasm instructions, %d bytecodes pay after %d exits, %d seen", link, x.name, b.low.Instrs, rec.Bytecodes, e.count+wait, e.count)
			return
		}
	}
	var cm wazero.CompiledModule
	var mod api.Module
	j.pricedLoad(b.low.Wasm, b.low.Instrs, func() { cm, mod, err = j.w.loadPlaced(name, b.low.Wasm, b.place) }) // compileprice.go
	if err != nil {
		fail(resume, "wasm: "+err.Error(), false)
		return
	}
	b.cm, b.mod = cm, mod
	j.markRecording(rec, true) // estimate.go
	slot, cm, mod, t, nested, low := b.slot, b.cm, b.mod, b.t, b.nested, b.low
	j.slots = j.slots[:len(j.slots)-1]
	c := &compiled{key: root.key, name: name, slot: slot, cm: cm, mod: mod, t: t, bytecodes: rec.Bytecodes,
		depth: rec.InlineDepth, typeSnap: typeGuards(t), backEdge: root.backEdge, exits: make([]exitState, len(t.Snaps)),
		root: root, parent: x, parentLink: link, parentState: e, gen: x.gen + 1, nestedLinks: nested, nested: map[int]*exitState{},
		shape: shape}
	for _, s := range rec.Calls {
		if callee := j.bySlot[s]; callee != nil {
			callee.callers = append(callee.callers, c)
		}
	}
	if target != nil {
		// Retiring the entered trace retires c first, so that c never
		// names a slot that another trace may take.
		target.callers = append(target.callers, c)
		c.enters = target
		j.stats.LinkedSides++
	}
	c.loopFast = low.LoopFast
	c.wasmBytes = len(low.Wasm)
	c.instrs = low.Instrs
	j.bySlot[slot] = c
	j.setExitPCs(c)
	j.live = append(j.live, c)
	x.sides = append(x.sides, c)
	e.side = c
	j.deepen(root, c.depth)
	j.setLink(x.slot, link, uint32(slot)+1)
	secs := time.Since(start).Seconds()
	j.stats.SideTraces++
	j.stats.CompileSeconds += secs
	j.ledgerSide(root, c) // treepay.go
	ends := ""
	if target != nil {
		ends = fmt.Sprintf(", entering %s at %s", target.name, where(root.key.code, target.key.pc))
	}
	j.logf("compiled side trace %s for exit %d of %s at %s (loop at %s%s): %d bytecodes, %d IR instructions (%d recorded), %d wasm instructions, %.2f ms",
		name, link, x.name, where(root.key.code, resume), where(root.key.code, root.key.pc), ends, rec.Bytecodes, len(t.Insts)-1, len(rec.Trace.Insts)-1, low.Instrs, secs*1e3)
	if x == root && c.loopFast {
		if j.payoffOn(m) {
			// A rebuild recompiles the root with its side traces: it
			// waits until the root has run iterations enough to pay.
			if root.treeAt == 0 {
				// (priced by summedInstrs, sidebudget.go; waitTree: hoptrees.go)
				root.treeAt = j.treeProgress(root) + j.treeItersToPay(summedInstrs(root))
				j.waitTree(root)
			}
			return
		}
		j.inlineSides(root)
	}
}

// deepen raises the inlined-call depth a root trace (and every trace
// calling it) needs to d: a side trace may inline deeper than its root.
func (j *JIT) deepen(c *compiled, d int) {
	if d <= c.depth {
		return
	}
	c.depth = d
	j.setEnterOK(c, true)
	for _, caller := range c.callers {
		j.deepen(caller.root, d)
	}
}
