s = "héllo"; return s
