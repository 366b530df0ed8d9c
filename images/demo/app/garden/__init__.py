# The garden controller package: zones, sensors and the watering controller.
from .zones import Zone, load_zones
from .controller import Controller, PumpFault

__all__ = ["Zone", "load_zones", "Controller", "PumpFault"]
VERSION = "1.2.0"
