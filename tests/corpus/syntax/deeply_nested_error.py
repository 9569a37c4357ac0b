class A:
    def f(self):
        for i in range(3):
            if i:
                x = [i for i in]
