def f(cm):
    try:
        pass
    except* ValueError:
        with cm:
            return 1
