# An uncaught exception of a user class, raised with a cause.
class ConfigError(Exception):
    pass


def load(path):
    try:
        return int(path)
    except ValueError as e:
        raise ConfigError(f"cannot load {path!r}") from e


load("settings")
