#!/usr/bin/env python3
"""Differential runner: generated programs under CPython and hotloop's JIT modes.

Usage:
  run.py --bin HOTLOOP --out DIR [--gen gen.py] [--profiles mix,calls,...]
         [--seeds 1-500] [--jobs 2] [--extra] [--gcstress]
  run.py --summary DIR
  run.py --bin HOTLOOP --check FILE.py     (one program, every mode, diffs shown)

For each program (generated from SEED and PROFILE, or given with --check)
the runner stores CPython's stdout, exit code and stderr's last line, then
runs hotloop in each mode of MODES (all with --jit-cache=off) and compares
the three. A JIT mode also writes --jit-stats JSON, from which the runner
counts the programs that compiled anything (a trace, a function trace or a
loop function). Results go to DIR/results.jsonl (one line per program; a
rerun skips the programs already there); each mismatching program is copied
to DIR/mismatch/ with every mode's output. At most --jobs processes run at
once.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))

# name -> (extra hotloop arguments, extra environment)
MODES = {
    "off": (["--jit=off"], {}),
    "default": ([], {}),
    "t1": (["--jit-threshold=1"], {}),
    "p0": ([], {"HOTLOOP_JIT_PAYOFF": "0"}),
    "p0t7": (["--jit-threshold=7"], {"HOTLOOP_JIT_PAYOFF": "0"}),
}
# --extra adds modes that session 24's runner also had.
EXTRA_MODES = {
    "p0t7bg": (["--jit-threshold=7"], {"HOTLOOP_JIT_PAYOFF": "0", "HOTLOOP_JIT_ASYNC_MINWORK": "0",
                                       "HOTLOOP_JIT_LOOPFUNCS": "0"}),
    "t1sync": (["--jit-threshold=1"], {"HOTLOOP_JIT_ASYNC": "0"}),
}
# --gcstress adds a mode that collects at every allocation the collector
# allows (HOTLOOP_GCSTRESS=1), at threshold 1: missing roots and stale
# pointers kept by traces show there.
GC_MODES = {
    "t1gc": (["--jit-threshold=1"], {"HOTLOOP_GCSTRESS": "1"}),
}


def last_line(text):
    lines = [x for x in text.splitlines() if x.strip()]
    return lines[-1] if lines else ""


def run(argv, env, timeout):
    start = time.time()
    try:
        p = subprocess.run(argv, capture_output=True, env=env, timeout=timeout)
        out, err, rc = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired:
        out, err, rc = "", "TIMEOUT", -999
    return {"stdout": out, "stderr": err, "rc": rc, "last": last_line(err), "secs": time.time() - start}


def compiled(stats):
    return stats.get("traces_compiled", 0) + stats.get("function_traces", 0) + stats.get("loop_functions", 0) > 0


def check_program(path, binary, modes, timeout, full_stderr=False):
    """Runs one program in CPython and every mode; returns a result record.
    full_stderr compares the whole stderr (tracebacks), not its last line."""
    env0 = dict(os.environ, PYTHONHASHSEED="0")
    ref = run([sys.executable, path], env0, 5)
    rec = {"prog": path, "py_secs": round(ref["secs"], 3), "py_rc": ref["rc"], "modes": {}, "bad": []}
    if ref["rc"] == -999:
        rec["skip"] = "cpython timeout"
        return rec, ref, {}
    outs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (args, extra) in modes.items():
            env = dict(env0, **extra)
            argv = [binary, "--jit-cache=off"] + args
            sfile = os.path.join(tmp, name + ".json")
            if name != "off":
                argv.append("--jit-stats=" + sfile)
            limit = max(timeout, 30 * ref["secs"])
            if "HOTLOOP_GCSTRESS" in extra:
                limit *= 10  # a collection at every allocation
            res = run(argv + [path], env, limit)
            outs[name] = res
            err_key = "stderr" if full_stderr else "last"
            same = res["stdout"] == ref["stdout"] and res["rc"] == ref["rc"] and res[err_key] == ref[err_key]
            m = {"ok": same, "secs": round(res["secs"], 3)}
            if name != "off":
                try:
                    with open(sfile) as f:
                        st = json.load(f)
                    m["compiled"] = compiled(st)
                    m["traces"] = st.get("traces_compiled", 0)
                    m["side"] = st.get("side_traces", 0)
                except (OSError, ValueError):
                    m["compiled"] = None
            rec["modes"][name] = m
            if not same:
                rec["bad"].append(name)
    return rec, ref, outs


def save_mismatch(outdir, rec, ref, outs):
    base = os.path.splitext(os.path.basename(rec["prog"]))[0]
    d = os.path.join(outdir, "mismatch", base)
    os.makedirs(d, exist_ok=True)
    shutil.copy(rec["prog"], d)
    with open(os.path.join(d, "cpython.out"), "w") as f:
        f.write(ref["stdout"] + "\n--- rc %d\n%s" % (ref["rc"], ref["stderr"]))
    for name in rec["bad"]:
        r = outs[name]
        with open(os.path.join(d, name + ".out"), "w") as f:
            f.write(r["stdout"] + "\n--- rc %d\n%s" % (r["rc"], r["stderr"]))


def parse_seeds(s):
    lo, _, hi = s.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def summary(outdir):
    recs = []
    with open(os.path.join(outdir, "results.jsonl")) as f:
        for line in f:
            recs.append(json.loads(line))
    done = [r for r in recs if "skip" not in r]
    print("programs: %d (%d skipped)" % (len(done), len(recs) - len(done)))
    by_prof = {}
    for r in done:
        by_prof.setdefault(r.get("profile", "?"), []).append(r)
    names = []
    for r in done:
        for n in r["modes"]:
            if n not in names:
                names.append(n)
    for prof, rs in sorted(by_prof.items()):
        cells = []
        for n in names:
            if n == "off":
                continue
            c = sum(1 for r in rs if r["modes"].get(n, {}).get("compiled"))
            cells.append("%s %d%%" % (n, round(100 * c / len(rs))))
        print("  %-7s %5d programs; compiled a trace: %s" % (prof, len(rs), ", ".join(cells)))
    for n in names:
        if n == "off":
            continue
        c = sum(1 for r in done if r["modes"].get(n, {}).get("compiled"))
        print("  all     mode %-8s compiled in %d (%.0f%%)" % (n, c, 100 * c / max(1, len(done))))
    bad = [r for r in done if r["bad"]]
    print("mismatches: %d" % len(bad))
    for r in bad:
        print("  %s: %s" % (os.path.basename(r["prog"]), ",".join(r["bad"])))
    secs = sorted(r["py_secs"] for r in done)
    if secs:
        print("CPython seconds: median %.3f, max %.3f" % (secs[len(secs) // 2], secs[-1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin")
    ap.add_argument("--out")
    ap.add_argument("--gen", default=os.path.join(HERE, "gen.py"))
    ap.add_argument("--profiles", default="mix,calls,types,mutate")
    ap.add_argument("--seeds", default="1-100")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--extra", action="store_true")
    ap.add_argument("--gcstress", action="store_true")
    ap.add_argument("--summary")
    ap.add_argument("--check")
    ap.add_argument("--full-stderr", action="store_true", help="compare all of stderr (gen_lib.py's tb profile)")
    a = ap.parse_args()
    if a.summary:
        summary(a.summary)
        return
    modes = dict(MODES)
    if a.extra:
        modes.update(EXTRA_MODES)
    if a.gcstress:
        modes.update(GC_MODES)
    if a.check:
        rec, ref, outs = check_program(a.check, a.bin, modes, a.timeout, a.full_stderr)
        for n, m in rec["modes"].items():
            print(n, "ok" if m["ok"] else "MISMATCH", m)
            if not m["ok"]:
                print("  cpython rc %d last %r" % (ref["rc"], ref["last"]))
                print("  hotloop rc %d last %r" % (outs[n]["rc"], outs[n]["last"]))
        sys.exit(1 if rec["bad"] else 0)
    os.makedirs(os.path.join(a.out, "progs"), exist_ok=True)
    resfile = os.path.join(a.out, "results.jsonl")
    seen = set()
    if os.path.exists(resfile):
        with open(resfile) as f:
            for line in f:
                seen.add(os.path.basename(json.loads(line)["prog"]))
    lock = threading.Lock()
    jobs = []
    for seed in parse_seeds(a.seeds):
        for prof in a.profiles.split(","):
            name = "%s_%s_%d.py" % (os.path.splitext(os.path.basename(a.gen))[0], prof, seed)
            if name not in seen:
                jobs.append((seed, prof, os.path.join(a.out, "progs", name)))

    def one(job):
        seed, prof, path = job
        with open(path, "w") as f:
            subprocess.run([sys.executable, a.gen, str(seed), prof], stdout=f, check=True)
        rec, ref, outs = check_program(path, a.bin, modes, a.timeout, a.full_stderr)
        rec["profile"], rec["seed"] = prof, seed
        with lock:
            if rec["bad"]:
                save_mismatch(a.out, rec, ref, outs)
                print("MISMATCH %s %s" % (os.path.basename(path), rec["bad"]), flush=True)
            with open(resfile, "a") as f:
                f.write(json.dumps(rec) + "\n")

    with ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for _ in ex.map(one, jobs):
            pass
    summary(a.out)


if __name__ == "__main__":
    main()
