# argparse basics: positionals and options, types, defaults, store_true/const/append/count,
# choices, nargs, dest/metavar, groups, Namespace, help output, and parse errors caught
# through SystemExit (usage and error lines go to stderr, exit status 2).
import argparse
import sys

sys.stderr = sys.stdout


def build():
    p = argparse.ArgumentParser(prog="tool", description="Process some files and report on them.",
                                epilog="Report bugs to nobody.")
    p.add_argument("files", nargs="+", help="input files to read")
    p.add_argument("-n", "--count", type=int, default=3, help="how many lines (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="store_true", help="talk more")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="one of %(choices)s")
    p.add_argument("--ratio", type=float, metavar="R")
    p.add_argument("-o", dest="output", help="where the report goes, a path or '-' for stdout; "
                                             "long help text is wrapped at the help column")
    p.add_argument("--tag", action="append", help="may be repeated")
    p.add_argument("-q", action="count", default=0)
    p.add_argument("--const", action="store_const", const=42)
    p.add_argument("--no-color", action="store_false", dest="color")
    p.add_argument("--version", action="version", version="%(prog)s 1.0")
    g = p.add_argument_group("tuning", "Knobs for experts.")
    g.add_argument("--level", type=int, choices=range(1, 4), default=2)
    g.add_argument("--pair", nargs=2, metavar=("A", "B"))
    return p


p = build()
p.print_help()
print(repr(p.format_usage()))
for argv in (["a.txt"], ["a.txt", "b.txt", "-n", "7", "-v"], ["--count=5", "x", "--mode", "slow", "-qqq"],
             ["-n5", "--tag", "t1", "f", "--tag=t2", "--ratio", "-2.5"], ["--verb", "--no-color", "f", "--const"],
             ["--pair", "1", "2", "--level", "3", "f", "--", "-weird"], ["-o", "out.txt", "f1", "f2", "f3"]):
    ns = p.parse_args(argv)
    print(ns)
    print(ns.files, ns.count, ns.verbose, vars(ns) == ns.__dict__)
ns, extra = p.parse_known_args(["f", "--unknown", "-z"])
print(ns.files, extra)

for argv in ([], ["f", "-n", "x"], ["f", "--mode", "medium"], ["f", "--zzz"], ["f", "-n"], ["f", "--level", "9"],
             ["f", "--pair", "1"], ["f", "--ratio", "abc"], ["f", "--v"], ["--version"], ["-h"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, argv)

q = argparse.ArgumentParser(prog="calc")
q.add_argument("op", choices=["add", "mul"])
q.add_argument("nums", type=int, nargs="*")
q.add_argument("--start", type=int, default="10")
q.add_argument("maybe", nargs="?", default="dflt")
print(q.parse_args(["add", "1", "2", "3"]), q.parse_args(["mul"]))
q.print_usage()
q.print_help()


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return v


r = argparse.ArgumentParser(prog="r", add_help=False, formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument("--size", type=positive, default=1, help="the size")
r.add_argument("--name", default="anon", help="who")
r.print_help()
print(r.parse_args(["--size", "4"]))
try:
    r.parse_args(["--size", "-3"])
except SystemExit as e:
    print("exit", e.code)
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(b="x", a=1), argparse.Namespace(**{"x-y": 1, "a": 2}))
print("a" in argparse.Namespace(a=1), argparse.SUPPRESS, argparse.ZERO_OR_MORE)
p.parse_args(["only", "--count", "many"])
