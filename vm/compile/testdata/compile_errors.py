# Reports what CPython 3.11 does when it compiles each of a list of files,
# for check_test.go to compare with compile.Check.
#
# Input (stdin): a JSON list of file paths.
# Output (stdout): one JSON line per path, in order: {"path", "stage", ...}
# where stage is
#   "parse"     ast.parse rejects the file;
#   "symtable"  the __future__ or symbol table pass rejects it;
#   "error"     the compiler rejects it: "error" holds [type, msg, lineno,
#               offset, end_lineno, end_offset, text], None as null;
#   "ok"        compile() accepts it.
# Files are compiled under their own path, so that CPython re-reads the
# offending line from the file as it does for a script.
import ast, json, symtable, sys, warnings

warnings.simplefilter("ignore")

def run(path):
    with open(path, "rb") as f:
        raw = f.read()
    out = {"path": path}
    try:
        ast.parse(raw)
    except (SyntaxError, ValueError):
        out["stage"] = "parse"
        return out
    try:
        symtable.symtable(raw, path, "exec")
    except SyntaxError:
        out["stage"] = "symtable"
        return out
    try:
        compile(raw, path, "exec")
    except SyntaxError as e:
        out["stage"] = "error"
        out["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
        return out
    except (ValueError, RecursionError, MemoryError) as e:
        out["stage"] = "other"
        return out
    out["stage"] = "ok"
    return out

for path in json.load(sys.stdin):
    print(json.dumps(run(path)), flush=True)
