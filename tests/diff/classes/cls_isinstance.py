# isinstance / issubclass with user classes
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, object), issubclass(B, B))
print(type(b) is B, type(b) is A, type(b) == B)
