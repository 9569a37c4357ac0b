# An uncaught group wider than max_group_width (15): "and N more".
print("start")
raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
