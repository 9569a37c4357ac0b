g = lambda: return 1
