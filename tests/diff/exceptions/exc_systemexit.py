# SystemExit can be caught
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit", e.args)
print("still running")
