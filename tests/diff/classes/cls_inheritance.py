# single inheritance and overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "I am " + self.name + ": " + self.speak()
class Dog(Animal):
    def speak(self):
        return self.name + " barks"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " softly"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.describe())
print(isinstance(Puppy("x"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
