x = 1
doc = """start
more
