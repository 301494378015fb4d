"""Sub-command modules of the CLI beyond ``plan``: each registers itself with ``cli.registrar``.

Put one module per area here (``export.py``, ``sync.py``, ``ideas.py``, …).
"""
