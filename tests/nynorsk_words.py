"""Words only bokmål uses: one in a nynorsk text means it was copied from bokmål.

The commonest bokmål-only forms (see docs/glossary.md). Used on the nynorsk UI catalogue
(``tests/ui/test_translations.py``) and on the documents' nynorsk words
(``tests/export/test_report_labels.py``).
"""

from __future__ import annotations

import re

BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvor|hvordan|hvilken|noe|noen|mye|fra|bare|hele|ennå|allerede|"
    r"deltakere?|deltakeren|lapper|ideer|endringer|stemmer|navn|mappen|tiden|"
    r"gjeldende|valgte?|forrige|lagret|lagres|kunne ikke|innstillinger|tilgjengelig|"
    r"tegn|oppsummering\w*|verksted\w*|dere|deres|mislyktes|hoppet|fortsatt|jobber)\b",
    re.IGNORECASE,
)
