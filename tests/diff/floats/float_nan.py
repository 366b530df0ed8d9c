# NaN comparisons
nan = float("nan")
print(nan != nan, nan == nan, nan < 1, nan > 1, nan <= nan)
print(str(nan), repr(-nan if False else nan))
x = nan + 1
print(x != x)
print([nan] == [nan] or True)
import math
print(math.isnan(nan), math.isnan(1.0), math.isinf(float("-inf")), math.isfinite(nan))
try:
    int(nan)
except ValueError:
    print("ValueError")
