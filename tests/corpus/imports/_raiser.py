print("raiser runs")
value = 1


def fail():
    return {}["missing"]


fail()
