# Small helpers shared by the package.


def clamp(value, low, high):
    return max(low, min(high, value))


def fmt_duration(seconds):
    minutes, seconds = divmod(int(seconds), 60)
    if minutes:
        return "%dm%02ds" % (minutes, seconds)
    return "%ds" % seconds


class Lcg:
    """Deterministic pseudo-random numbers (the same on every device and on CPython)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self, low, high):
        return low + (high - low) * (self.next() / 0x7FFFFFFF)
