def main():
    result = compute(1,
                     2,
                     3
    return result
