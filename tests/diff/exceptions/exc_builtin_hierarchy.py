# builtin exception hierarchy
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (LookupError, Exception), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
         (GeneratorExit, Exception), (StopIteration, Exception), (NotImplementedError, RuntimeError),
         (IndentationError, SyntaxError), (UnicodeError, ValueError), (AssertionError, Exception), (OSError, Exception)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
