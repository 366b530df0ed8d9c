# class bodies run code at definition time
log = []
class Config:
    log.append("body start")
    values = [i * i for i in range(4)]
    total = 0
    for v in [1, 2, 3]:
        total += v
    log.append("body end")
print(log, Config.values, Config.total, Config.v)
