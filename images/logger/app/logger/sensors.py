# Deterministic simulated sensors: a linear congruential generator per channel.


class Sensor:
    def __init__(self, index, spec):
        self.index = index
        self.name = spec["name"]
        self.scale = spec["scale"]
        self.offset = spec["offset"]
        self.alarm_above = spec["alarm_above"]
        self.state = 12345 + 977 * index

    def raw(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) & 0x3FF

    def read(self):
        r = self.raw()
        return r, round(r * self.scale + self.offset, 2)
