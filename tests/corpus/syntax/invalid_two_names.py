x = 1
hello world
