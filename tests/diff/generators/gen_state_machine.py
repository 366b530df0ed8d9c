# generators as state machines
def traffic():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
t = traffic()
print([next(t) for _ in range(7)])
def toggle():
    state = False
    while True:
        cmd = yield state
        if cmd == "flip":
            state = not state
g = toggle()
print(next(g), g.send("flip"), g.send("noop"), g.send("flip"))
