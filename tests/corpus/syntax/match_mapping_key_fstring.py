match {}:
    case {f"k": v}:
        pass
