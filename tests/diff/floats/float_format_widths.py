# width/precision/alignment grid
for v in [0.0, 1.0, -1.25, 123.456, 0.000987]:
    print("[%8.2f] [%-8.2f] [%08.2f] [%+8.2f] [%.3e]" % (v, v, v, v, v))
    print("[{:8.2f}] [{:<8.2f}] [{:^8.2f}] [{:08.2f}]".format(v, v, v, v))
