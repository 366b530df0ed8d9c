# sys attributes that are the same everywhere
import sys
print(type(sys.argv).__name__, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(type(sys.implementation.name).__name__, type(sys.version_info[0]).__name__, sys.version_info[0])
print(type(sys.path).__name__, type(sys.modules).__name__)
print(hasattr(sys.stdout, "write"))
sys.stdout.write("written\n")
