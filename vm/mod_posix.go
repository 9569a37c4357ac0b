// mod_posix.go holds posix, the Go core of os, os.path and file objects
// (vm/lib/os.py, posixpath.py, io.py): file descriptors (open, read,
// write, lseek, close), directories, stat, the environment. Failures
// raise OSError subclasses with CPython's errno, C strerror text and
// filename ("[Errno 2] No such file or directory: 'x'").

package vm

import (
	"errors"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// cStrerror is the C library's text for the common errnos (Go's own
// texts are lower-case).
var cStrerror = map[syscall.Errno]string{
	syscall.EPERM:        "Operation not permitted",
	syscall.ENOENT:       "No such file or directory",
	syscall.EIO:          "Input/output error",
	syscall.EBADF:        "Bad file descriptor",
	syscall.EACCES:       "Permission denied",
	syscall.EEXIST:       "File exists",
	syscall.ENOTDIR:      "Not a directory",
	syscall.EISDIR:       "Is a directory",
	syscall.EINVAL:       "Invalid argument",
	syscall.ENOSPC:       "No space left on device",
	syscall.ESPIPE:       "Illegal seek",
	syscall.EROFS:        "Read-only file system",
	syscall.ENOTEMPTY:    "Directory not empty",
	syscall.ENAMETOOLONG: "File name too long",
	syscall.EXDEV:        "Invalid cross-device link",
	syscall.ELOOP:        "Too many levels of symbolic links",
}

// strerror is C's strerror for errno n.
func strerror(n syscall.Errno) string {
	if s, ok := cStrerror[n]; ok {
		return s
	}
	s := n.Error()
	if s == "" {
		return "Unknown error"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// raiseOS raises the OSError subclass for a Go error from a system call,
// with the file names (vEmpty when absent).
func (vm *VM) raiseOS(err error, filename, filename2 gc.Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		if errors.Is(err, fs.ErrNotExist) {
			errno = syscall.ENOENT
		} else if errors.Is(err, fs.ErrExist) {
			errno = syscall.EEXIST
		} else {
			return vm.raise("OSError", "%v", err)
		}
	}
	args := []gc.Value{gc.Int(int64(errno)), vm.newStr(strerror(errno))}
	if !filename.IsEmpty() {
		args = append(args, filename)
		if !filename2.IsEmpty() {
			args = append(args, gc.Int(0), filename2)
		}
	}
	e, cerr := vm.callValue(vm.excTypes["OSError"].Value(), args, nil)
	if cerr != nil {
		return cerr
	}
	return vm.raiseValue(e, vEmpty)
}

// pathArg returns a path argument as a Go string (str, bytes or an
// object with __fspath__).
func (vm *VM) pathArg(fname string, v gc.Value) (string, error) {
	switch v.Tag() {
	case TagStr:
		return vm.str(v), nil
	case TagBytes:
		b, _ := vm.bytesView(v)
		return string(b), nil
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(v), "__fspath__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return "", err
			}
			if r.Tag() == TagStr || r.Tag() == TagBytes {
				return vm.pathArg(fname, r)
			}
		}
	}
	return "", vm.raise("TypeError", "%s: path should be string, bytes or os.PathLike, not %s", fname, vm.typeOf(v).Name)
}

// posixModule builds posix.
func (vm *VM) posixModule(d gc.Value) {
	intArg := func(fname string, args []gc.Value, i int) (int, error) {
		if i >= len(args) {
			return 0, vm.raise("TypeError", "%s() missing required argument (pos %d)", fname, i+1)
		}
		return vm.ssize(args[i])
	}
	for name, v := range map[string]int{
		"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
		"O_CREAT": syscall.O_CREAT, "O_TRUNC": syscall.O_TRUNC, "O_APPEND": syscall.O_APPEND,
		"O_EXCL": syscall.O_EXCL, "O_CLOEXEC": syscall.O_CLOEXEC,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
		"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
	} {
		vm.dictSet(d, vm.intern(name), gc.Int(int64(v)))
	}
	env := vm.newDict()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			vm.dictSet(env, vm.newStr(k), vm.newStr(v))
		}
	}
	vm.dictSet(d, vm.intern("environ"), env)
	vm.def(d, "getcwd", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		wd, err := os.Getwd()
		if err != nil {
			return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
		}
		return vm.newStr(wd), nil
	})
	vm.def(d, "chdir", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 {
			return vEmpty, vm.raise("TypeError", "chdir() takes exactly one argument")
		}
		p, err := vm.pathArg("chdir", args[0])
		if err != nil {
			return vEmpty, err
		}
		if err := syscall.Chdir(p); err != nil {
			return vEmpty, vm.raiseOS(err, args[0], vEmpty)
		}
		return vNone, nil
	})
	vm.def(d, "listdir", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		p := "."
		arg := vm.newStr(".")
		if len(args) > 0 && args[0].Tag() != gc.TagNone {
			var err error
			if p, err = vm.pathArg("listdir", args[0]); err != nil {
				return vEmpty, err
			}
			arg = args[0]
		}
		f, err := os.Open(p)
		if err != nil {
			return vEmpty, vm.raiseOS(err, arg, vEmpty)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return vEmpty, vm.raiseOS(err, arg, vEmpty)
		}
		out := make([]gc.Value, len(names))
		for i, n := range names {
			if arg.Tag() == TagBytes {
				out[i] = vm.newBytes([]byte(n))
			} else {
				out[i] = vm.newStr(n)
			}
		}
		return vm.newList(out, 0), nil
	})
	statFn := func(name string, follow bool) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) < 1 {
				return vEmpty, vm.raise("TypeError", "%s() missing required argument 'path' (pos 1)", name)
			}
			var st syscall.Stat_t
			var err error
			if args[0].Tag() == gc.TagInt {
				err = syscall.Fstat(int(args[0].Int()), &st)
			} else {
				p, perr := vm.pathArg(name, args[0])
				if perr != nil {
					return vEmpty, perr
				}
				if follow {
					err = syscall.Stat(p, &st)
				} else {
					err = syscall.Lstat(p, &st)
				}
			}
			if err != nil {
				return vEmpty, vm.raiseOS(err, args[0], vEmpty)
			}
			ts := func(t syscall.Timespec) gc.Value { return gc.Float(float64(t.Sec) + float64(t.Nsec)/1e9) }
			return vm.newTuple([]gc.Value{
				gc.Int(int64(st.Mode)), gc.Int(int64(st.Ino)), gc.Int(int64(st.Dev)), gc.Int(int64(st.Nlink)),
				gc.Int(int64(st.Uid)), gc.Int(int64(st.Gid)), gc.Int(st.Size),
				ts(st.Atim), ts(st.Mtim), ts(st.Ctim),
			}), nil
		}
	}
	vm.def(d, "stat", statFn("stat", true))
	vm.def(d, "lstat", statFn("lstat", false))
	pathOp := func(name string, op func(p string) error) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) < 1 {
				return vEmpty, vm.raise("TypeError", "%s() missing required argument 'path' (pos 1)", name)
			}
			p, err := vm.pathArg(name, args[0])
			if err != nil {
				return vEmpty, err
			}
			if err := op(p); err != nil {
				return vEmpty, vm.raiseOS(err, args[0], vEmpty)
			}
			return vNone, nil
		}
	}
	vm.def(d, "rmdir", pathOp("rmdir", syscall.Rmdir))
	vm.def(d, "unlink", pathOp("unlink", syscall.Unlink))
	vm.def(d, "remove", pathOp("remove", syscall.Unlink))
	vm.def(d, "mkdir", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 1 {
			return vEmpty, vm.raise("TypeError", "mkdir() missing required argument 'path' (pos 1)")
		}
		p, err := vm.pathArg("mkdir", args[0])
		if err != nil {
			return vEmpty, err
		}
		mode := 0o777
		if len(args) > 1 {
			if mode, err = vm.ssize(args[1]); err != nil {
				return vEmpty, err
			}
		}
		if err := syscall.Mkdir(p, uint32(mode)); err != nil {
			return vEmpty, vm.raiseOS(err, args[0], vEmpty)
		}
		return vNone, nil
	})
	vm.def(d, "rename", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "rename() takes 2 arguments")
		}
		a, err := vm.pathArg("rename", args[0])
		if err != nil {
			return vEmpty, err
		}
		b, err := vm.pathArg("rename", args[1])
		if err != nil {
			return vEmpty, err
		}
		if err := syscall.Rename(a, b); err != nil {
			return vEmpty, vm.raiseOS(err, args[0], args[1])
		}
		return vNone, nil
	})
	vm.def(d, "access", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "access() takes 2 arguments")
		}
		p, err := vm.pathArg("access", args[0])
		if err != nil {
			return vEmpty, err
		}
		m, err := vm.ssize(args[1])
		if err != nil {
			return vEmpty, err
		}
		return gc.Bool(syscall.Access(p, uint32(m)) == nil), nil
	})
	vm.def(d, "open", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "open() missing required argument 'flags' (pos 2)")
		}
		p, err := vm.pathArg("open", args[0])
		if err != nil {
			return vEmpty, err
		}
		flags, err := intArg("open", args, 1)
		if err != nil {
			return vEmpty, err
		}
		mode := 0o777
		if len(args) > 2 {
			if mode, err = intArg("open", args, 2); err != nil {
				return vEmpty, err
			}
		}
		fd, err := syscall.Open(p, flags|syscall.O_CLOEXEC, uint32(mode))
		if err != nil {
			return vEmpty, vm.raiseOS(err, args[0], vEmpty)
		}
		return gc.Int(int64(fd)), nil
	})
	vm.def(d, "read", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("read", args, 0)
		if err != nil {
			return vEmpty, err
		}
		n, err := intArg("read", args, 1)
		if err != nil {
			return vEmpty, err
		}
		if n < 0 {
			return vEmpty, vm.raise("ValueError", "negative count")
		}
		buf := make([]byte, n)
		for {
			got, err := syscall.Read(fd, buf)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
			}
			return vm.newBytes(buf[:got]), nil
		}
	})
	vm.def(d, "readall", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("readall", args, 0)
		if err != nil {
			return vEmpty, err
		}
		var out []byte
		buf := make([]byte, 64<<10)
		for {
			got, err := syscall.Read(fd, buf)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
			}
			if got == 0 {
				return vm.newBytes(out), nil
			}
			out = append(out, buf[:got]...)
		}
	})
	vm.def(d, "write", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("write", args, 0)
		if err != nil {
			return vEmpty, err
		}
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "write() missing required argument 'data' (pos 2)")
		}
		b, ok := vm.bytesLike(args[1])
		if !ok {
			return vEmpty, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(args[1]).Name)
		}
		total := 0
		for total < len(b) {
			n, err := syscall.Write(fd, b[total:])
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
			}
			total += n
		}
		return gc.Int(int64(total)), nil
	})
	vm.def(d, "lseek", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("lseek", args, 0)
		if err != nil {
			return vEmpty, err
		}
		off, err := intArg("lseek", args, 1)
		if err != nil {
			return vEmpty, err
		}
		how, err := intArg("lseek", args, 2)
		if err != nil {
			return vEmpty, err
		}
		pos, err := syscall.Seek(fd, int64(off), how)
		if err != nil {
			return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
		}
		return gc.Int(pos), nil
	})
	vm.def(d, "close", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("close", args, 0)
		if err != nil {
			return vEmpty, err
		}
		if err := syscall.Close(fd); err != nil {
			return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
		}
		return vNone, nil
	})
	vm.def(d, "ftruncate", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("ftruncate", args, 0)
		if err != nil {
			return vEmpty, err
		}
		n, err := intArg("ftruncate", args, 1)
		if err != nil {
			return vEmpty, err
		}
		if err := syscall.Ftruncate(fd, int64(n)); err != nil {
			return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
		}
		return vNone, nil
	})
	vm.def(d, "isatty", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		fd, err := intArg("isatty", args, 0)
		if err != nil {
			return vEmpty, err
		}
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) != nil {
			return vFalse, nil
		}
		return gc.Bool(st.Mode&syscall.S_IFMT == syscall.S_IFCHR && isTerminal(fd)), nil
	})
	vm.def(d, "strerror", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		n, err := intArg("strerror", args, 0)
		if err != nil {
			return vEmpty, err
		}
		return vm.newStr(strerror(syscall.Errno(n))), nil
	})
	vm.def(d, "getpid", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return gc.Int(int64(os.Getpid())), nil
	})
	for name, id := range map[string]func() int{"getuid": os.Getuid, "geteuid": os.Geteuid, "getgid": os.Getgid, "getegid": os.Getegid, "getppid": os.Getppid} {
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 0 || len(kw) != 0 {
				return vEmpty, vm.raise("TypeError", "%s() takes no arguments (%d given)", name, len(args)+len(kw))
			}
			return gc.Int(int64(id())), nil
		})
	}
	vm.def(d, "cpu_count", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return gc.Int(int64(numCPU())), nil
	})
	vm.def(d, "putenv", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 || args[0].Tag() != TagStr || args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "putenv() takes two str arguments")
		}
		os.Setenv(vm.strKeep(args[0]), vm.strKeep(args[1]))
		return vNone, nil
	})
	vm.def(d, "unsetenv", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 || args[0].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "unsetenv() takes one str argument")
		}
		os.Unsetenv(vm.str(args[0]))
		return vNone, nil
	})
	vm.def(d, "urandom", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		n, err := intArg("urandom", args, 0)
		if err != nil {
			return vEmpty, err
		}
		if n < 0 {
			return vEmpty, vm.raise("ValueError", "negative argument not allowed")
		}
		b := make([]byte, n)
		f, err := os.Open("/dev/urandom")
		if err != nil {
			return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
		}
		defer f.Close()
		if _, err := f.Read(b); err != nil {
			return vEmpty, vm.raiseOS(err, vEmpty, vEmpty)
		}
		return vm.newBytes(b), nil
	})
}

// isTerminal reports whether fd is a terminal (the TCGETS ioctl works).
func isTerminal(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

func numCPU() int { return runtime.NumCPU() }

// biOpen is builtins.open: io.open of the embedded io module.
func biOpen(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(args) == len(kw) && !slices.Contains(kw, "file") {
		// CPython's argument clinic message, not io.open's Python one.
		return vEmpty, vm.raise("TypeError", "open() missing required argument 'file' (pos 1)")
	}
	m, err := vm.importAbsolute("io")
	if err != nil {
		return vEmpty, err
	}
	f, ok, err := vm.moduleAttr(m, "open")
	if err != nil {
		return vEmpty, err
	}
	if !ok {
		return vEmpty, vm.raise("ImportError", "cannot import name 'open' from 'io'")
	}
	return vm.callValue(f, args, kw)
}
