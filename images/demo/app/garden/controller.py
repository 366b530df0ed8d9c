# The watering controller: reads sensors (a generator per zone), decides how long to run
# each pump, and records faults.
from .util import Lcg, fmt_duration


class PumpFault(Exception):
    def __init__(self, zone, reason):
        super().__init__("%s: %s" % (zone, reason))
        self.zone = zone


def sensor(zone, rng):
    drift = {"cactus": 0.2, "lettuce": 1.5, "tomato": 2.0, "basil": 1.2}.get(zone.plant, 1.0)
    while True:
        zone.moisture = zone.moisture - drift + rng.uniform(-0.5, 0.5)
        yield zone.moisture


class Controller:
    ML_PER_PERCENT = 25

    def __init__(self, zones, seed=2026):
        self.zones = zones
        self.rng = Lcg(seed)
        self.sensors = {z.name: sensor(z, self.rng) for z in zones}
        self.log = []
        self.faults = 0

    def water(self, zone):
        need_ml = zone.deficit * self.ML_PER_PERCENT
        seconds = need_ml / zone.rate
        if seconds > 42:
            raise PumpFault(zone.name, "would run for %s" % fmt_duration(seconds))
        zone.watered_ml += int(need_ml)
        zone.moisture = zone.moisture + need_ml / self.ML_PER_PERCENT
        return seconds

    def tick(self, t):
        for zone in self.zones:
            level = next(self.sensors[zone.name])
            if level < zone.target - 10:
                try:
                    seconds = self.water(zone)
                    self.log.append("t=%02d %-9s %5.1f%% -> watered %s" % (t, zone.name, level, fmt_duration(seconds)))
                except PumpFault as e:
                    self.faults += 1
                    self.log.append("t=%02d FAULT %s" % (t, e))
                    zone.moisture = zone.target

    def run(self, ticks):
        for t in range(ticks):
            self.tick(t)
        return self.summary()

    def summary(self):
        total = sum(z.watered_ml for z in self.zones)
        driest = min(self.zones, key=lambda z: z.moisture)
        return {"water_ml": total, "driest": driest.name, "faults": self.faults, "events": len(self.log)}
