// interrupt.go holds Ctrl-C support: a SIGINT handler that sets the
// interrupt word, a word at a fixed address in the gc heap's runtime area
// so that the interpreter (and later the JIT's traces) poll it with one
// load and compare at loop back-edges and calls, and the raising of
// KeyboardInterrupt where the poll finds it set. Reads of stdin wait for
// either a line or the signal, so input() is interruptible too.

package vm

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// InterruptWordOffset is the linear-memory offset of the interrupt word: a
// uint32 that is non-zero when SIGINT arrived and Python code has not yet
// seen it. It is the first word of the runtime area.
const InterruptWordOffset = gc.RuntimeAreaStart

// interruptState is the VM's Ctrl-C machinery.
type interruptState struct {
	word     *uint32        // the interrupt word in linear memory
	sigs     chan os.Signal // SIGINT deliveries (nil: not catching)
	wake     chan struct{}  // one token per signal, for blocked reads
	done     chan struct{}  // closed by Close to stop the handler goroutine
	pending  chan lineResult
	uncaught bool // an uncaught KeyboardInterrupt ended the program
}

// lineResult is what the background stdin reader delivers.
type lineResult struct {
	line string
	err  error
}

// initInterrupt points the interrupt word into linear memory and, when
// cfg.CatchInterrupt is set, installs the SIGINT handler goroutine.
func (vm *VM) initInterrupt() {
	vm.intr.word = (*uint32)(unsafe.Add(vm.base, InterruptWordOffset))
	atomic.StoreUint32(vm.intr.word, 0)
	if !vm.cfg.CatchInterrupt {
		return
	}
	if signal.Ignored(os.Interrupt) {
		// As CPython: a SIGINT ignored at start-up stays ignored.
		return
	}
	vm.intr.sigs = make(chan os.Signal, 1)
	vm.intr.wake = make(chan struct{}, 1)
	vm.intr.done = make(chan struct{})
	signal.Notify(vm.intr.sigs, os.Interrupt)
	go func(word *uint32, sigs <-chan os.Signal, wake chan<- struct{}, done <-chan struct{}) {
		for {
			select {
			case <-sigs:
				atomic.OrUint32(word, intrSignal)
				select {
				case wake <- struct{}{}:
				default:
				}
			case <-done:
				return
			}
		}
	}(vm.intr.word, vm.intr.sigs, vm.intr.wake, vm.intr.done)
}

// stopInterrupt removes the SIGINT handler.
func (vm *VM) stopInterrupt() {
	if vm.intr.sigs != nil {
		signal.Stop(vm.intr.sigs)
		close(vm.intr.done)
		vm.intr.sigs = nil
	}
}

// Interrupt sets the interrupt word, as SIGINT does: the running Python
// code raises KeyboardInterrupt at its next back-edge or call. It may be
// called from any goroutine.
func (vm *VM) Interrupt() {
	atomic.OrUint32(vm.intr.word, intrSignal)
	if vm.intr.wake != nil {
		select {
		case vm.intr.wake <- struct{}{}:
		default:
		}
	}
}

// interrupted reports whether the interrupt word asks for an exception.
func (vm *VM) interrupted() bool {
	return atomic.LoadUint32(vm.intr.word)&(intrSignal|intrTimeLimit) != 0
}

// Bits of the interrupt word.
const (
	intrSignal    = 1 // SIGINT: raise KeyboardInterrupt once
	intrTimeLimit = 2 // Config.TimeLimit passed: raise SystemError at every poll
	intrSample    = 4 // --pyprof: record the Python stack (pyprof.go)
)

// raiseInterrupt raises what the interrupt word asks for: KeyboardInterrupt
// (clearing the word) or, past the time limit, SystemError (leaving it set
// so that handlers cannot keep the program running).
// It returns nil when the word asks for no exception.
func (vm *VM) raiseInterrupt() error {
	w := atomic.LoadUint32(vm.intr.word)
	if w&intrTimeLimit != 0 {
		return vm.raise("SystemError", "time limit exceeded")
	}
	if w&intrSignal == 0 {
		return nil
	}
	atomic.AndUint32(vm.intr.word, ^uint32(intrSignal))
	vm.setException(vm.newExc("KeyboardInterrupt"))
	return errRaised
}

// interruptAt raises as raiseInterrupt does from the interpreter at pc of
// ci, recording the traceback entry itself (without carets, as CPython's
// eval breaker prints it).
// A profile sample that is due is taken first; nil means nothing to raise.
func (vm *VM) interruptAt(ci *codeInfo, pc int) error {
	if atomic.LoadUint32(vm.intr.word)&intrSample != 0 {
		vm.takeSample(ci, pc)
	}
	err := vm.raiseInterrupt()
	if err == nil {
		return nil
	}
	if e := vm.exc; e.Tag() == TagObject {
		tb := &excTB{entries: []tbEntry{{ci: ci, pc: pc, noCarets: true}}}
		vm.heap.SetSide(e.Ref(), tb)
	}
	return err
}

// interruptCall serves the poll before a call at pc of ci: a due profile
// sample, then the exception the word asks for (nil: none).
func (vm *VM) interruptCall(ci *codeInfo, pc int) error {
	if atomic.LoadUint32(vm.intr.word)&intrSample != 0 {
		vm.takeSample(ci, pc)
	}
	return vm.raiseInterrupt()
}

// KilledByInterrupt reports whether the program ended with an uncaught
// KeyboardInterrupt. CPython then exits by SIGINT itself (status 130 in a
// shell); the command does the same with ExitByInterrupt.
func (vm *VM) KilledByInterrupt() bool { return vm.intr.uncaught }

// ExitByInterrupt ends the process as CPython does after an uncaught
// KeyboardInterrupt: it restores SIGINT's default action and sends the
// signal to itself, so the parent sees death by SIGINT. It falls back to
// exit status 130 if the signal does not end the process.
func ExitByInterrupt() {
	signal.Reset(os.Interrupt)
	_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
	// The signal is handled on another thread: give it time to land.
	time.Sleep(time.Second)
	os.Exit(130)
}

// readStdinLine reads one line from the buffered stdin; while SIGINT is
// caught, the read runs in a goroutine so that the signal can interrupt
// the wait (an interrupted read's line is kept for the next call).
func (vm *VM) readStdinLine() (string, error) {
	if vm.intr.sigs == nil {
		return vm.stdin.ReadString('\n')
	}
	if vm.interrupted() {
		return "", vm.raiseInterrupt()
	}
	if vm.intr.pending == nil {
		ch := make(chan lineResult, 1)
		go func(r interface{ ReadString(byte) (string, error) }) {
			line, err := r.ReadString('\n')
			ch <- lineResult{line, err}
		}(vm.stdin)
		vm.intr.pending = ch
	}
	for {
		select {
		case r := <-vm.intr.pending:
			vm.intr.pending = nil
			return r.line, r.err
		case <-vm.intr.wake:
			if vm.interrupted() {
				return "", vm.raiseInterrupt()
			}
		}
	}
}
