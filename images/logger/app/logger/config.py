import json

ROM_CONFIG = "/rom/config.json"


def load_config(path=ROM_CONFIG):
    with open(path) as f:
        cfg = json.load(f)
    names = [c["name"] for c in cfg["channels"]]
    if len(set(names)) != len(names):
        raise ValueError("duplicate channel names")
    return cfg
