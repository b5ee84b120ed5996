# A module whose body raises: the error reaches the importer; a failed import is retried.
import sys
for attempt in range(2):
    try:
        import imp_helper_raises
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e)
print("imp_helper_raises" in sys.modules)
