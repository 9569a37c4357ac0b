s = 'café
