# sys.version_info comparisons and platform independence
import sys
print(sys.version_info >= (3, 0), len(sys.version_info) >= 3, sys.version_info[:1] == (3,))
print(isinstance(sys.platform, str), sys.maxsize > 2 ** 31)
