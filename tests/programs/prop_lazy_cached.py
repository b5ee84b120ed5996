# A lazily computed property cached in the instance; invalidated by a setter.
class Report:
    def __init__(self, rows):
        self._rows = rows
        self._summary = None
        self.computations = 0
    @property
    def rows(self):
        return self._rows
    @rows.setter
    def rows(self, rows):
        self._rows = rows
        self._summary = None
    @property
    def summary(self):
        if self._summary is None:
            self.computations += 1
            total = sum(self._rows)
            self._summary = {"n": len(self._rows), "total": total,
                             "mean": total / len(self._rows) if self._rows else 0}
        return self._summary
r = Report([3, 5, 10])
print(r.summary, r.summary["mean"], r.computations)
r.rows = [1, 1]
print(r.summary, r.computations)
r.rows.append(4)
print(r.summary["n"], r.computations)
print(Report([]).summary)
