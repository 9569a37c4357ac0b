'name' = 'value'
