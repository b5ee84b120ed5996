# __name__ is "__main__" in the script and the module name in imported modules.
print(__name__)
import imp_helper_name
print(imp_helper_name.my_name, imp_helper_name.whoami())
from imp_helper_name import whoami
print(whoami())
if __name__ == "__main__":
    print("main guard runs here")
