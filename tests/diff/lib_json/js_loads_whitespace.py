# whitespace handling
import json
print(json.loads(' \n\t[ 1 ,\n 2 ]\n '), json.loads('{ "a" : [ ] }'), json.loads("\r\n0\r\n"))
