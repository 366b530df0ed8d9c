# ImportError for missing modules and names
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
try:
    from math import no_such_name
except ImportError:
    print("ImportError name")
