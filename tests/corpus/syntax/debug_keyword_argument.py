print(__debug__=1)
