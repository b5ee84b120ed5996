# a bracket closed on another line by the wrong kind
x = (1,
     2]
