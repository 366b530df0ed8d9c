# json.dump / json.load through stream objects.
import json

try:
    import io

    def writer():
        return io.StringIO()

    def reader(text):
        return io.StringIO(text)

except ImportError:

    class _W:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)
            return len(s)

        def getvalue(self):
            return "".join(self.parts)

    class _R:
        def __init__(self, text):
            self.text = text

        def read(self, n=-1):
            t = self.text
            self.text = ""
            return t

    def writer():
        return _W()

    def reader(text):
        return _R(text)


w = writer()
json.dump([1, {"a": [None, True]}, "s"], w)
print(w.getvalue())
w = writer()
json.dump({"k": [1, 2]}, w, separators=(",", ":"))
print(w.getvalue())
print(json.load(reader('{"x": [1, 2.5, "three"]}')))
print(json.load(reader(' [ "a" , "b" ] ')))
try:
    json.load(reader("[1, 2"))
except ValueError:
    print("ValueError")
# Round trip.
data = [0, -1, 1.5, "text", [1, [2]], {"key": [None, False]}]
w = writer()
json.dump(data, w)
print(json.load(reader(w.getvalue())) == data)
