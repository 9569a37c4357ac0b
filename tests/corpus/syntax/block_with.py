with open('x') as f:
f.read()
