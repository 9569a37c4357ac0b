x = 1
if x:
    pass
else:
print(x)
