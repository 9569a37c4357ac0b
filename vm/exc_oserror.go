// exc_oserror.go holds what OSError adds to BaseException: the errno,
// strerror, filename and filename2 attributes (four extra instance slots
// of OSError and its subclasses), the choice of a subclass from the errno
// when OSError itself is called (OSError(2, "...") is a FileNotFoundError),
// and its str(), "[Errno N] message: 'filename'".

package vm

import (
	"syscall"

	"github.com/hotloop/hotloop/gc"
)

// Slots of an OSError instance after BaseException's. osFormSlot is True
// when the constructor got the (errno, strerror, ...) form, which str()
// then uses.
const (
	osErrnoSlot = excNumSlots + iota
	osStrerrorSlot
	osFilenameSlot
	osFilename2Slot
	osFormSlot
	osNumSlots
)

// errnoSubclasses maps an errno to the OSError subclass that OSError(errno,
// msg) creates, as CPython's errmap.
var errnoSubclasses = map[int64]string{
	int64(syscall.EAGAIN): "BlockingIOError", int64(syscall.EALREADY): "BlockingIOError",
	int64(syscall.EINPROGRESS): "BlockingIOError",
	int64(syscall.ECHILD):      "ChildProcessError",
	int64(syscall.EPIPE):       "BrokenPipeError", int64(syscall.ESHUTDOWN): "BrokenPipeError",
	int64(syscall.ECONNABORTED): "ConnectionAbortedError",
	int64(syscall.ECONNREFUSED): "ConnectionRefusedError",
	int64(syscall.ECONNRESET):   "ConnectionResetError",
	int64(syscall.EEXIST):       "FileExistsError",
	int64(syscall.ENOENT):       "FileNotFoundError",
	int64(syscall.EISDIR):       "IsADirectoryError",
	int64(syscall.ENOTDIR):      "NotADirectoryError",
	int64(syscall.EINTR):        "InterruptedError",
	int64(syscall.EACCES):       "PermissionError", int64(syscall.EPERM): "PermissionError",
	int64(syscall.ESRCH):     "ProcessLookupError",
	int64(syscall.ETIMEDOUT): "TimeoutError",
}

// initOSError gives OSError and its subclasses their extra slots and
// installs OSError.__init__. It runs after the exception classes exist.
func (vm *VM) initOSError() {
	ose := vm.excTypes["OSError"]
	for _, t := range vm.excTypes {
		if isSubtype(t, ose) && t.nslots < osNumSlots {
			t.nslots = osNumSlots
		}
	}
	vm.methods(ose, map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "OSError() takes no keyword arguments")
			}
			vm.osErrorInit(args[0], args[1:])
			return vNone, nil
		},
	})
}

// osErrorType returns the class that calling t with args creates: the
// subclass chosen by the errno when t is OSError itself and the errno is
// an int, else t.
func (vm *VM) osErrorType(t *Type, args []gc.Value) *Type {
	if t != vm.excTypes["OSError"] || len(args) < 2 || len(args) > 5 {
		return t
	}
	var errno int64
	switch a := args[0]; a.Tag() {
	case gc.TagInt:
		errno = a.Int()
	case gc.TagBool:
		errno = int64(a.Bits())
	default:
		return t
	}
	if name, ok := errnoSubclasses[errno]; ok {
		return vm.excTypes[name]
	}
	return t
}

// osErrorInit is OSError.__init__: with 2 to 5 arguments they are errno,
// strerror, filename, winerror (ignored off Windows) and filename2, and a
// filename other than None leaves only (errno, strerror) in args.
func (vm *VM) osErrorInit(e gc.Value, args []gc.Value) {
	r := e.Ref()
	if vm.numSlots(r) < osNumSlots {
		vm.setSlot(r, excArgsSlot, vm.newTuple(args))
		return
	}
	for i := osErrnoSlot; i < osNumSlots; i++ {
		vm.setSlot(r, i, vNone)
	}
	if len(args) < 2 || len(args) > 5 {
		vm.setSlot(r, excArgsSlot, vm.newTuple(args))
		return
	}
	vm.setSlot(r, osFormSlot, vTrue)
	vm.setSlot(r, osErrnoSlot, args[0])
	vm.setSlot(r, osStrerrorSlot, args[1])
	if len(args) >= 3 {
		vm.setSlot(r, osFilenameSlot, args[2])
		if len(args) == 5 {
			vm.setSlot(r, osFilename2Slot, args[4])
		}
		if args[2].Tag() != gc.TagNone {
			args = args[:2]
		}
	}
	vm.setSlot(r, excArgsSlot, vm.newTuple(args))
}

// osErrorSlot returns the slot of an OSError attribute, or -1.
func (vm *VM) osErrorSlot(e gc.Value, name string) int {
	slot := -1
	switch name {
	case "errno":
		slot = osErrnoSlot
	case "strerror":
		slot = osStrerrorSlot
	case "filename":
		slot = osFilenameSlot
	case "filename2":
		slot = osFilename2Slot
	}
	if slot < 0 || vm.numSlots(e.Ref()) < osNumSlots || !vm.isExcType(e, "OSError") {
		return -1
	}
	return slot
}

// osErrorAttr reads errno, strerror, filename or filename2.
func (vm *VM) osErrorAttr(e gc.Value, name string) (gc.Value, bool) {
	slot := vm.osErrorSlot(e, name)
	if slot < 0 {
		return vEmpty, false
	}
	return orNone(vm.slot(e.Ref(), slot)), true
}

// setOSErrorAttr writes errno, strerror, filename or filename2.
func (vm *VM) setOSErrorAttr(e gc.Value, name string, x gc.Value) bool {
	slot := vm.osErrorSlot(e, name)
	if slot < 0 {
		return false
	}
	vm.setSlot(e.Ref(), slot, x)
	return true
}

// osErrorStr is str() of an OSError made with the (errno, strerror, ...)
// form: "[Errno N] strerror", then ": 'filename'" and " -> 'filename2'".
func (vm *VM) osErrorStr(e gc.Value) (string, bool, error) {
	if !vm.isExcType(e, "OSError") || vm.numSlots(e.Ref()) < osNumSlots {
		return "", false, nil
	}
	r := e.Ref()
	errno, strerror := vm.slot(r, osErrnoSlot), vm.slot(r, osStrerrorSlot)
	if vm.slot(r, osFormSlot) != vTrue {
		return "", false, nil
	}
	es, err := vm.strOf(errno)
	if err != nil {
		return "", true, err
	}
	ss, err := vm.strOf(orNone(strerror))
	if err != nil {
		return "", true, err
	}
	s := "[Errno " + es + "] " + ss
	if fn := vm.slot(r, osFilenameSlot); !fn.IsEmpty() && fn.Tag() != gc.TagNone {
		fr, err := vm.reprOf(fn)
		if err != nil {
			return "", true, err
		}
		s += ": " + fr
		if fn2 := vm.slot(r, osFilename2Slot); !fn2.IsEmpty() && fn2.Tag() != gc.TagNone {
			fr2, err := vm.reprOf(fn2)
			if err != nil {
				return "", true, err
			}
			s += " -> " + fr2
		}
	}
	return s, true, nil
}
