# float formatting in dumps
import json
print(json.dumps([0.5, -0.25, 1.0, 100.0, 1e-5, 123456.75, 0.1]))
print(json.loads("[1.0, 2.50, -0.0, 1E2, 2e-3]"))
