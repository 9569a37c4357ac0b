// mod_time.go holds the time module (a builtin module in CPython): clocks
// (time, perf_counter, monotonic, process_time and their _ns forms),
// sleep, gmtime/localtime/mktime, strftime/asctime/ctime and the zone
// attributes. struct_time is a Python class (vm/lib/_hltime.py), made on
// first use so that building this module imports nothing.

package vm

import (
	"math"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/hotloop/hotloop/gc"
)

// timeModule fills the time module's dict.
func (vm *VM) timeModule(d gc.Value) {
	start := time.Now()
	noArgs := func(name string, f func() gc.Value) {
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 0 {
				return vEmpty, vm.raise("TypeError", "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return f(), nil
		})
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	noArgs("time", func() gc.Value { return gc.Float(float64(time.Now().UnixNano()) / 1e9) })
	noArgs("time_ns", func() gc.Value { return gc.Int(time.Now().UnixNano()) })
	noArgs("perf_counter", func() gc.Value { return gc.Float(time.Since(start).Seconds()) })
	noArgs("perf_counter_ns", func() gc.Value { return gc.Int(int64(time.Since(start))) })
	noArgs("monotonic", func() gc.Value { return gc.Float(time.Since(start).Seconds()) })
	noArgs("monotonic_ns", func() gc.Value { return gc.Int(int64(time.Since(start))) })
	noArgs("process_time", func() gc.Value { return gc.Float(cpu().Seconds()) })
	noArgs("process_time_ns", func() gc.Value { return gc.Int(int64(cpu())) })
	noArgs("thread_time", func() gc.Value { return gc.Float(cpu().Seconds()) })
	vm.def(d, "sleep", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 {
			return vEmpty, vm.raise("TypeError", "time.sleep() takes exactly one argument (%d given)", len(args))
		}
		var secs float64
		switch v := args[0]; v.Tag() {
		case gc.TagFloat:
			secs = v.Float()
		case gc.TagInt, gc.TagBool:
			secs = float64(v.Int())
		default:
			if _, err := vm.ssize(v); err != nil {
				return vEmpty, err
			}
			secs = float64(0)
		}
		if secs != secs {
			return vEmpty, vm.raise("ValueError", "Invalid value NaN (not a number)")
		}
		if secs < 0 {
			return vEmpty, vm.raise("ValueError", "sleep length must be non-negative")
		}
		time.Sleep(time.Duration(secs * 1e9))
		return vNone, nil
	})
	name, off := time.Now().Zone()
	_, janOff := time.Date(time.Now().Year(), 1, 1, 0, 0, 0, 0, time.Local).Zone()
	julName, julOff := time.Date(time.Now().Year(), 7, 1, 0, 0, 0, 0, time.Local).Zone()
	janName, _ := time.Date(time.Now().Year(), 1, 1, 0, 0, 0, 0, time.Local).Zone()
	_ = name
	_ = off
	vm.dictSet(d, vm.intern("timezone"), gc.Int(int64(-janOff)))
	vm.dictSet(d, vm.intern("altzone"), gc.Int(int64(-julOff)))
	vm.dictSet(d, vm.intern("daylight"), gc.Int(int64(b2i(janOff != julOff))))
	vm.dictSet(d, vm.intern("tzname"), vm.newTuple([]gc.Value{vm.newStr(janName), vm.newStr(julName)}))
	conv := func(fname string, loc *time.Location) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			t := time.Now()
			if len(args) > 0 && args[0].Tag() != gc.TagNone {
				secs, err := vm.timeSecs(args[0])
				if err != nil {
					return vEmpty, err
				}
				t = time.Unix(int64(math.Floor(secs)), 0)
			}
			return vm.structTime(t.In(loc))
		}
	}
	vm.def(d, "gmtime", conv("gmtime", time.UTC))
	vm.def(d, "localtime", conv("localtime", time.Local))
	vm.def(d, "mktime", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 {
			return vEmpty, vm.raise("TypeError", "time.mktime() takes exactly one argument (%d given)", len(args))
		}
		f, err := vm.timeTuple(args[0], "mktime")
		if err != nil {
			return vEmpty, err
		}
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.Local)
		return gc.Float(float64(t.Unix())), nil
	})
	vm.def(d, "strftime", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 1 || len(args) > 2 || args[0].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "strftime() argument 1 must be str")
		}
		t := time.Now()
		f := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay(), 0}
		if len(args) == 2 {
			var err error
			if f, err = vm.timeTuple(args[1], "strftime"); err != nil {
				return vEmpty, err
			}
		}
		return vm.newStr(strftime(vm.str(args[0]), f)), nil
	})
	asc := func(f []int) string {
		return strftime("%a %b ", f) + padLeft(strconv.Itoa(f[2]), 2) + strftime(" %H:%M:%S %Y", f)
	}
	vm.def(d, "asctime", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		t := time.Now()
		f := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay(), 0}
		if len(args) == 1 {
			var err error
			if f, err = vm.timeTuple(args[0], "asctime"); err != nil {
				return vEmpty, err
			}
		}
		return vm.newStr(asc(f)), nil
	})
	vm.def(d, "ctime", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		t := time.Now()
		if len(args) > 0 && args[0].Tag() != gc.TagNone {
			secs, err := vm.timeSecs(args[0])
			if err != nil {
				return vEmpty, err
			}
			t = time.Unix(int64(math.Floor(secs)), 0)
		}
		t = t.Local()
		f := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay(), 0}
		return vm.newStr(asc(f)), nil
	})
	vm.def(d, "struct_time", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		cls, err := vm.structTimeClass()
		if err != nil {
			return vEmpty, err
		}
		return vm.callValue(cls, args, kw)
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func padLeft(s string, n int) string {
	for len(s) < n {
		s = " " + s
	}
	return s
}

// timeSecs reads a seconds argument (int or float).
func (vm *VM) timeSecs(v gc.Value) (float64, error) {
	switch v.Tag() {
	case gc.TagFloat:
		f := v.Float()
		if f != f {
			return 0, vm.raise("ValueError", "Invalid value NaN (not a number)")
		}
		return f, nil
	case gc.TagInt, gc.TagBool:
		return float64(v.Int()), nil
	}
	return 0, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
}

// timeTuple reads a 9-item time tuple or struct_time.
func (vm *VM) timeTuple(v gc.Value, fname string) ([]int, error) {
	if b, ok := vm.baseOf(v); ok {
		v = b
	}
	if v.Tag() != TagTuple {
		return nil, vm.raise("TypeError", "Tuple or struct_time argument required")
	}
	items := vm.tupleItems(v)
	if len(items) != 9 {
		return nil, vm.raise("TypeError", "%s(): illegal time tuple argument", fname)
	}
	out := make([]int, 9)
	for i, x := range items {
		n, err := vm.ssize(x)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// structTimeClass returns _hltime.struct_time.
func (vm *VM) structTimeClass() (gc.Value, error) {
	m, err := vm.importAbsolute("_hltime")
	if err != nil {
		return vEmpty, err
	}
	cls, ok, err := vm.moduleAttr(m, "struct_time")
	if err != nil {
		return vEmpty, err
	}
	if !ok {
		return vEmpty, vm.raise("ImportError", "cannot import name 'struct_time'")
	}
	return cls, nil
}

// structTime makes a struct_time for t.
func (vm *VM) structTime(t time.Time) (gc.Value, error) {
	cls, err := vm.structTimeClass()
	if err != nil {
		return vEmpty, err
	}
	zone, off := t.Zone()
	dst := 0
	if t.IsDST() {
		dst = 1
	}
	fields := vm.newTuple([]gc.Value{gc.Int(int64(t.Year())), gc.Int(int64(t.Month())), gc.Int(int64(t.Day())),
		gc.Int(int64(t.Hour())), gc.Int(int64(t.Minute())), gc.Int(int64(t.Second())),
		gc.Int(int64((int(t.Weekday()) + 6) % 7)), gc.Int(int64(t.YearDay())), gc.Int(int64(dst))})
	return vm.callValue(cls, []gc.Value{fields, vm.newStr(zone), gc.Int(int64(off))}, nil)
}

var weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// strftime formats a time tuple (year, month, day, hour, minute, second,
// weekday with Monday 0, yearday, isdst) with the C library's codes in
// the C locale.
func strftime(format string, f []int) string {
	var b strings.Builder
	two := func(n int) string {
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	wd := ((f[6] % 7) + 7) % 7
	mon := f[1]
	if mon < 1 || mon > 12 {
		mon = 1
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			b.WriteString(strconv.Itoa(f[0]))
		case 'y':
			b.WriteString(two(((f[0] % 100) + 100) % 100))
		case 'm':
			b.WriteString(two(f[1]))
		case 'd':
			b.WriteString(two(f[2]))
		case 'e':
			b.WriteString(padLeft(strconv.Itoa(f[2]), 2))
		case 'H':
			b.WriteString(two(f[3]))
		case 'I':
			h := f[3] % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(two(h))
		case 'M':
			b.WriteString(two(f[4]))
		case 'S':
			b.WriteString(two(f[5]))
		case 'p':
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(weekdayNames[wd][:3])
		case 'A':
			b.WriteString(weekdayNames[wd])
		case 'w':
			b.WriteString(strconv.Itoa((wd + 1) % 7))
		case 'u':
			b.WriteString(strconv.Itoa(wd + 1))
		case 'b', 'h':
			b.WriteString(monthNames[mon-1][:3])
		case 'B':
			b.WriteString(monthNames[mon-1])
		case 'j':
			s := strconv.Itoa(f[7])
			for len(s) < 3 {
				s = "0" + s
			}
			b.WriteString(s)
		case 'U':
			b.WriteString(two((f[7] + 6 - (wd+1)%7) / 7))
		case 'W':
			b.WriteString(two((f[7] + 6 - wd) / 7))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", f))
		case 'T':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'R':
			b.WriteString(strftime("%H:%M", f))
		case 'c':
			b.WriteString(strftime("%a %b ", f) + padLeft(strconv.Itoa(f[2]), 2) + strftime(" %H:%M:%S %Y", f))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		case 'Z':
			b.WriteString("UTC")
		case 'z':
			b.WriteString("+0000")
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
