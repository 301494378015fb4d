"""Allow ``python -m facilitator_app``."""

import sys

from facilitator_app.cli import main

sys.exit(main())
