# nested dicts
cfg = {"db": {"host": "h", "port": 5432}, "debug": {"level": 2}}
print(cfg["db"]["port"], cfg.get("db", {}).get("host"), cfg.get("x", {}).get("y", "none"))
cfg["db"]["port"] += 1
cfg.setdefault("cache", {})["size"] = 64
print(sorted((k, sorted(v.items())) for k, v in cfg.items()))
