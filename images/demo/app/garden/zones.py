# Irrigation zones, loaded from the configuration file stored next to the code.
from .util import clamp


class Zone:
    def __init__(self, name, target, rate, plant):
        self.name = name
        self.target = target
        self.rate = rate
        self.plant = plant
        self._moisture = 30.0
        self.watered_ml = 0

    @property
    def moisture(self):
        return self._moisture

    @moisture.setter
    def moisture(self, value):
        self._moisture = clamp(value, 0.0, 100.0)

    @property
    def deficit(self):
        return max(0.0, self.target - self._moisture)

    def __repr__(self):
        return "Zone(%r, %d%%)" % (self.name, self.target)


def load_zones(path):
    zones = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, target, rate, plant = [part.strip() for part in line.split(",")]
            zones.append(Zone(name, int(target), int(rate), plant))
    return zones
