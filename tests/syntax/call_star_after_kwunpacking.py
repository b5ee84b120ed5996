# *args after **kwargs
print(**{}, *[])
