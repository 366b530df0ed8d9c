# Demo application: a plant-watering controller that boots from a ROMFS image.
import sys
import garden
from garden import Controller, load_zones
import table

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."


def main():
    zones = load_zones(HERE + "/config.txt")
    print("garden controller v%s: %d zones %s" % (garden.VERSION, len(zones), zones))
    ctl = Controller(zones)
    summary = ctl.run(24)
    for entry in ctl.log[:8]:
        print(" ", entry)
    if len(ctl.log) > 8:
        print("  ... %d more events" % (len(ctl.log) - 8))
    rows = [(z.name, z.plant, round(z.moisture, 1), z.watered_ml) for z in zones]
    print(table.render(["zone", "plant", "moisture %", "water ml"], rows))
    print("summary:", ", ".join("%s=%s" % (k, summary[k]) for k in sorted(summary)))
    return summary["faults"]


faults = main()
if faults > 3:
    sys.exit(1)
