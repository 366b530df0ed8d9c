# AssertionError args
for msg in (None, "text", 3):
    try:
        if msg is None:
            assert False
        else:
            assert False, msg
    except AssertionError as e:
        print(e.args)
