# A traceback through module code, a method, a lambda, a comprehension and a nested function.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value

def make_scaler(factor):
    def scale(values):
        return [v * factor for v in values]
    return scale

def checked(values):
    return [100 // v for v in values]

p = Pipeline([make_scaler(2), lambda vs: [v - 4 for v in vs], checked])
print(p.run([3, 5]))
print(p.run([1, 2, 3]))
