def f():
    '''doc
    body
