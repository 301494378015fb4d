"""Entry point of the bundled program (PyInstaller runs this file as ``__main__``)."""

import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
