#!/usr/bin/env python3
"""Regenerates the golden files of the hotloop test corpus.

Every program tests/corpus/<area>/<name>.py is run with CPython 3.11
(`python3 <name>.py [args]`, working directory = the program's directory,
fixed environment, stdin from /dev/null or from the file named by a
`# stdin:` directive) and its exit code, stdout and stderr are written to
<name>.golden beside it. tests/README.md describes the layout, the
directives and the golden format; tests/corpus_test.go runs the same
programs with hotloop and compares. Keep the two in step.

Usage:
    python3 tests/regen.py                 # every program
    python3 tests/regen.py syntax          # every program of an area
    python3 tests/regen.py syntax/tab_error tests/corpus/syntax/x.py
    python3 tests/regen.py --check [...]   # compare only, write nothing
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
TIMEOUT = 30  # seconds per program, as in corpus_test.go

# The environment every program runs in (corpus_test.go uses the same).
ENV = {
    "PATH": "/usr/bin:/bin",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
}

DIRECTIVE = re.compile(rb"#\s*(args|stdin):(.*)")


def programs():
    """All corpus programs as (area, name), sorted."""
    out = []
    for area in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, area)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".py") and not f.startswith("_"):
                out.append((area, f[:-3]))
    return out


def select(names):
    """The programs named on the command line (area, area/name or a path)."""
    everything = programs()
    if not names:
        return everything
    chosen = []
    for n in names:
        if n.endswith(".py") or n.endswith(".golden"):
            n = os.path.splitext(os.path.relpath(os.path.abspath(n), CORPUS))[0]
        n = n.strip("/")
        hits = [p for p in everything if n in (p[0], p[0] + "/" + p[1])]
        if not hits:
            sys.exit(f"regen.py: no corpus program or area {n!r}")
        chosen += [p for p in hits if p not in chosen]
    return chosen


def directives(src):
    """The args list and stdin file name given by the leading comment lines."""
    args, stdin = [], None
    for line in src.split(b"\n"):
        if not line.startswith(b"#"):
            break
        m = DIRECTIVE.fullmatch(line.rstrip(b"\r"))
        if not m:
            continue
        value = m.group(2).decode("utf-8").strip()
        if m.group(1) == b"args":
            args = value.split()
        else:
            stdin = value
    return args, stdin


def run(python, area, name):
    """Runs one program; returns (exit code, stdout, stderr) normalised."""
    d = os.path.join(CORPUS, area)
    with open(os.path.join(d, name + ".py"), "rb") as f:
        args, stdin_name = directives(f.read())
    stdin = subprocess.DEVNULL
    if stdin_name is not None:
        p = os.path.normpath(os.path.join(d, stdin_name))
        if os.path.dirname(p) != d or not os.path.isfile(p):
            sys.exit(f"{area}/{name}: bad stdin directive {stdin_name!r}")
        stdin = open(p, "rb")
    try:
        r = subprocess.run([python, name + ".py"] + args, cwd=d, env=ENV,
                           stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f"{area}/{name}: python3 timed out after {TIMEOUT}s")
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    out, err = normalise(d, r.stdout), normalise(d, r.stderr)
    for leak in leaks():
        if leak in out or leak in err:
            sys.exit(f"{area}/{name}: output contains the path {leak.decode()!r}; "
                     "corpus output must not depend on where things are installed")
    return r.returncode, out, err


def normalise(d, data):
    """Removes the program's directory from paths in the output (CPython
    prints the script as an absolute path)."""
    for p in {d, os.path.realpath(d)}:
        data = data.replace(p.encode() + b"/", b"")
    return data


def leaks():
    paths = {CORPUS, os.path.realpath(CORPUS), sys.prefix, sys.base_prefix,
             os.path.expanduser("~")}
    return [p.encode() for p in paths if len(p) > 1]


def format_golden(code, out, err):
    """The golden file text; see tests/README.md."""
    parts = [b"exit %d\n" % code]
    for label, data in ((b"stdout", out), (b"stderr", err)):
        if not data:
            continue
        if data.endswith(b"\n"):
            parts += [b"--- " + label + b"\n", data]
        else:
            parts += [b"--- " + label + b" (no newline at end)\n", data, b"\n"]
    return b"".join(parts)


def parse_golden(text):
    """Inverse of format_golden (the Go test has its own copy)."""
    lines = text.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    m = re.fullmatch(rb"exit (-?\d+)", lines[0]) if lines else None
    if not m:
        raise ValueError("golden file does not start with 'exit N'")
    code, sections, cur = int(m.group(1)), {}, None
    for line in lines[1:]:
        h = re.fullmatch(rb"--- (stdout|stderr)( \(no newline at end\))?", line)
        if h:
            cur = [h.group(1).decode(), bool(h.group(2)), []]
            if cur[0] in sections:
                raise ValueError("section %s twice" % cur[0])
            sections[cur[0]] = cur
        elif cur is None:
            raise ValueError("text before the first section")
        else:
            cur[2].append(line)
    data = {}
    for label in ("stdout", "stderr"):
        if label in sections:
            _, nonl, ls = sections[label]
            data[label] = b"\n".join(ls) + (b"" if nonl else b"\n")
        else:
            data[label] = b""
    return code, data["stdout"], data["stderr"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="report out-of-date goldens, write nothing")
    ap.add_argument("names", nargs="*")
    opts = ap.parse_args()

    # Resolve python3 to the interpreter itself: a launcher such as a pyenv
    # shim would pick another Python in the fixed environment.
    if shutil.which("python3") is None:
        sys.exit("regen.py: python3 not found on PATH")
    python, ver = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable, sys.version.split()[0])"],
        stdout=subprocess.PIPE, check=True).stdout.decode().split()
    if not ver.startswith("3.11."):
        sys.exit(f"regen.py: python3 is {ver}; the corpus is defined by CPython 3.11")

    todo = select(opts.names)
    if not todo:
        sys.exit("regen.py: no corpus programs found")
    changed = 0
    for area, name in todo:
        code, out, err = run(python, area, name)
        text = format_golden(code, out, err)
        if parse_golden(text) != (code, out, err):
            sys.exit(f"{area}/{name}: the output cannot be stored unambiguously "
                     "(it contains a line '--- stdout' or '--- stderr')")
        path = os.path.join(CORPUS, area, name + ".golden")
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old == text:
            continue
        changed += 1
        if opts.check:
            print(f"out of date: {area}/{name}")
            continue
        with open(path, "wb") as f:
            f.write(text)
        print(f"{'updated' if old is not None else 'created'}: {area}/{name}")
    for area in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, area)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if f.endswith(".golden") and not os.path.exists(os.path.join(d, f[:-7] + ".py")):
                print(f"warning: {area}/{f} has no program")
    verb = "out of date" if opts.check else "written"
    print(f"{len(todo)} programs (python3 {ver}), {changed} goldens {verb}")
    if opts.check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
