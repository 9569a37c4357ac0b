# Uncaught exception raised while handling another: "During handling..." banner, three levels.
class ConfigError(Exception):
    pass

def read():
    return {"a": 1}["missing"]

def get():
    try:
        return read()
    except KeyError:
        return 1 / 0

def run():
    try:
        get()
    except ZeroDivisionError as e:
        raise ConfigError("config broken", 42)

print("start")
run()
