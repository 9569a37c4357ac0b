__all__ = ["public", "_semi"]
public = "public"
_semi = "semi-private but listed"
hidden = "not in __all__"
