SHADOW = True
ascii_lowercase = "shadowed"
