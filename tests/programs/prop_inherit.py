# Properties are inherited and can be overridden in subclasses; super() inside a property.
class Employee:
    def __init__(self, name, salary):
        self.name, self._salary = name, salary
    @property
    def salary(self):
        return self._salary
    @property
    def title(self):
        return "Employee"
    def describe(self):
        return f"{self.title} {self.name}: {self.salary}"
class Manager(Employee):
    @property
    def salary(self):
        return super().salary + 1000
    @property
    def title(self):
        return "Manager"
class Intern(Employee):
    title = "Intern"
staff = [Employee("a", 100), Manager("b", 200), Intern("c", 10)]
for s in staff:
    print(s.describe())
print(Manager.salary is Employee.salary, isinstance(Manager.title, property))
