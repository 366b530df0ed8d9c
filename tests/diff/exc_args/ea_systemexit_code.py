# SystemExit args
import sys
for code in (None, 0, 2, "msg"):
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print(e.args)
