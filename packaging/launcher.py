"""The bundle's entry script: desktop_app/__main__.py uses relative imports, which a frozen
top-level script cannot, so PyInstaller starts here and calls the same main()."""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
