# raise ... from a group: the group box, then the cause message.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    raise RuntimeError("wrapped") from g
