# Dumps what CPython 3.11 computes for a list of sources, one JSON line per
# source, for symtable_test.go to compare with package symtable.
#
# Input (stdin): one JSON object {"sources": [{"name": N, "path": P} or
# {"name": N, "text": T}, ...], "ast": bool}; a source may have a "mode"
# ("exec" by default, "eval" or "single").
# Output (stdout): per source {"name", "status", ...} where status is
#   "parse"    ast.parse rejects the source (the test skips it);
#   "error"    the symbol table pass rejects it ("error": [msg, lineno,
#              offset, end_lineno, end_offset]);
#   "ok"       "scopes": the symbol table in pre-order, and "code": the
#              flags of the code objects compile() makes (null when
#              compile() rejects the source in a later stage).
# With "ast" true, "ast" holds the AST as nested lists (see astjson_test.go).
import ast, json, symtable, sys, warnings

warnings.simplefilter("ignore")

def scope_dump(t):
    raw = t._table
    syms = []
    for name, v in raw.symbols.items():
        s = t.lookup(name)
        b = [s.is_parameter(), s.is_global(), s.is_declared_global(), s.is_local(),
             s.is_free(), s.is_nonlocal(), s.is_referenced(), s.is_assigned(),
             s.is_imported(), s.is_annotated(), s.is_namespace()]
        syms.append([name, v, "".join("1" if x else "0" for x in b)])
    d = {"type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(),
         "optimized": t.is_optimized(), "nested": t.is_nested(),
         "varnames": list(raw.varnames), "nchildren": len(raw.children), "symbols": syms}
    if isinstance(t, symtable.Function):
        d["func"] = [sorted(t.get_parameters()), sorted(t.get_locals()), sorted(t.get_globals()),
                     sorted(t.get_frees()), sorted(t.get_nonlocals())]
    out = [d]
    for c in t.get_children():
        out.extend(scope_dump(c))
    return out

def code_dump(co, out):
    out.append([co.co_name, co.co_firstlineno, co.co_flags & 0x3ff,
                sorted(co.co_cellvars), sorted(co.co_freevars)])
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            code_dump(c, out)
    return out

def node(n):
    if isinstance(n, ast.AST):
        out = [type(n).__name__]
        for f in n._fields:
            out.append(node(getattr(n, f)))
        if "lineno" in n._attributes:
            out.extend([n.lineno, n.col_offset, n.end_lineno, n.end_col_offset])
        return out
    if isinstance(n, list):
        return {"l": [node(x) for x in n]}
    if n is None or isinstance(n, (int, str, dict)) and not isinstance(n, bool):
        return n
    return None  # other constant values do not matter to the symbol table

def const_str(tree):
    # Mark string constants so that docstrings can be recognised.
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant):
            n.value = {"s": n.value} if isinstance(n.value, str) else None

def main():
    req = json.load(sys.stdin)
    w = sys.stdout.write
    for s in req["sources"]:
        src = open(s["path"], "rb").read() if "path" in s else s["text"].encode()
        name = s["name"]
        mode = s.get("mode") or "exec"
        res = {"name": name}
        # ast.parse is slow (it builds Python objects), so it only runs when
        # the tree is wanted or the symbol table fails.
        tree = None
        if req.get("ast"):
            try:
                tree = ast.parse(src, name, mode)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                res["status"] = "parse"
                w(json.dumps(res) + "\n")
                continue
        try:
            top = symtable.symtable(src, name, mode)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            if tree is None:
                try:
                    ast.parse(src, name, mode)
                except (SyntaxError, ValueError, MemoryError, RecursionError):
                    res["status"] = "parse"
                    w(json.dumps(res) + "\n")
                    continue
            if not isinstance(e, SyntaxError):
                raise
            res["status"] = "error"
            res["error"] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        else:
            res["status"] = "ok"
            res["scopes"] = scope_dump(top)
            try:
                res["code"] = code_dump(compile(src, name, mode, dont_inherit=True), [])
            except SyntaxError:
                res["code"] = None
        if tree is not None:
            const_str(tree)
            res["ast"] = node(tree)
        w(json.dumps(res) + "\n")

main()
