# repeated character classes
import re
print(re.match("[0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]", "555-1234").group(0))
print(re.match("[0-9]+:[0-9]+", "12:34:56").group(0), re.match("([0-9]+):([0-9]+):([0-9]+)", "12:34:56").group(3))
