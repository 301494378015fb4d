"""Readable documents and files made from the summary and report models (no Qt here)."""

# The workshop report's formats; here, so that the command line can list them without
# importing the renderers (every start builds the parser).
REPORT_FORMATS = ("json", "html", "pdf", "docx", "xlsx", "csv")
