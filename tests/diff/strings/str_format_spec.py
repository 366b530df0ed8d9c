# format mini-language: align, fill, sign, width
print("[{:10}] [{:<10}] [{:>10}] [{:^10}]".format("left", "left", "right", "mid"))
print("[{:*<8}] [{:->8}] [{:_^9}]".format("a", "b", "c"))
print("[{:8}] [{:<8}] [{:^8}] [{:08}]".format(42, 42, 42, 42))
print("[{:+}] [{:+}] [{: }] [{:-}]".format(5, -5, 5, -5))
print("[{:=+8}] [{:0=8}]".format(-42, 42))
