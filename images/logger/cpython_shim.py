# Runs the logger app under CPython for the expected output: maps /rom to app/ and /flash to
# a temporary directory, and adds MicroPython's asyncio.sleep_ms.
import asyncio, builtins, os, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
app = os.path.join(here, "app")
flash = tempfile.mkdtemp()
real_open = builtins.open


def mapped_open(path, *a, **k):
    if isinstance(path, str) and path.startswith("/rom/"):
        path = os.path.join(app, path[5:])
    elif isinstance(path, str) and path.startswith("/flash/"):
        path = os.path.join(flash, path[7:])
    return real_open(path, *a, **k)


builtins.open = mapped_open
asyncio.sleep_ms = lambda ms: asyncio.sleep(ms / 1000)
sys.path.insert(0, app)
import runpy

runpy.run_path(os.path.join(app, "main.py"), run_name="__main__")
