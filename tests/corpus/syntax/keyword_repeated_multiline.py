print(
    sep="",
    end="",
    sep="-",
)
