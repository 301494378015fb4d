"""The report reads central payloads with pydantic's JSON parser: it must give exactly
what ``json.loads`` gives, and fall back to it where the fast parser refuses."""

from __future__ import annotations

import json
import math

import pytest

from facilitator_app.sync.report_rows import _parse_all

SAME = [
    '{"a":1,"a":2}',
    '{"x":NaN}',
    '{"x":Infinity,"y":-Infinity,"z":1e400}',
    '{"x":123456789012345678901234567890,"y":-9223372036854775809}',
    '{"x":"\\ud83d\\ude00 \\u00e6\\u00f8\\u00e5 \\u0000"}',
    '{"x":-0.0,"y":-0,"z":1.0,"w":1E2,"v":0.1,"u":2.5e-324}',
    '{"x":1.00000000000000011,"y":12345678901234567890.5,"z":9007199254740993}',
    ' {"x":[1,{"y":null,"z":true}]} ',
    '{"text":"Sámi: Čáhcesuolu, ŋ, đ; Bodø"}',
]
# The fast parser refuses these; ``json.loads`` takes them, so the report must too.
FALLBACK = ['{"x":"\\ud800"}', '{"\\udfff":1}']


def _typed(value: object) -> object:
    """A value with every number's type beside it (1 == 1.0 == True in Python)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return ("nan",)
    return (type(value).__name__, repr(value))


@pytest.mark.parametrize("text", SAME + FALLBACK)
def test_payload_parses_as_json_loads_does(text: str) -> None:
    (parsed,) = _parse_all([text])
    assert _typed(parsed) == _typed(json.loads(text))
    assert list(parsed) == list(json.loads(text))  # key order too


def test_a_broken_payload_is_refused_in_json_words() -> None:
    with pytest.raises(json.JSONDecodeError):
        _parse_all(['{"x":1}', '{"x":1} trailing'])


def test_order_and_count_are_kept() -> None:
    texts = [json.dumps({"n": n}) for n in range(1000)]
    assert [d["n"] for d in _parse_all(texts)] == list(range(1000))
