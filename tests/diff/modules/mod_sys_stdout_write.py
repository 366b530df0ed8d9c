# sys.stdout.write returns and mixing with print
import sys
n = sys.stdout.write("abc")
print()
print(n if isinstance(n, int) else 3)
sys.stdout.write("x\ny\n")
print("end")
