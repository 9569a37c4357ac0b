"""Print, for each Python file named on stdin, the SHA-256 of CPython's
ast.dump of it (or the exception class name when CPython rejects it).

Output: one JSON object per line: {"path": ..., "sha": ...} or
{"path": ..., "error": "SyntaxError"}. Used by tests/stdlib_ast_test.go to
compare hotloop's parser with CPython's over the whole standard library.
With --dump, print the full dump of each file instead of its hash.
"""

import ast
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor


def one(path):
    try:
        with open(path, "rb") as f:
            src = f.read()
        text = ast.dump(ast.parse(src))
    except Exception as e:  # CPython rejects the file: record how.
        return {"path": path, "error": type(e).__name__}
    if DUMP:
        return {"path": path, "dump": text}
    return {"path": path, "sha": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()}


DUMP = "--dump" in sys.argv


def main():
    paths = [line.strip() for line in sys.stdin if line.strip()]
    with ProcessPoolExecutor() as pool:
        for res in pool.map(one, paths, chunksize=8):
            sys.stdout.write(json.dumps(res) + "\n")


if __name__ == "__main__":
    main()
