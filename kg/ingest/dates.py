"""Publication dates as ISO ``YYYY-MM-DD`` strings, whatever form they arrive in."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# Written-out forms seen in front matter and bylines, tried in this order.
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: object) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD``, or None when it is not a recognizable date.

    Accepts ISO dates and timestamps, RFC 822 feed dates, a few written forms
    ("March 4, 2025"), ``datetime``/``date`` and ``time.struct_time``. The date
    is the calendar date as written (no time-zone conversion).

    >>> iso_date("Tue, 04 Mar 2025 10:00:00 GMT"), iso_date("2025-03-04T23:30:00-08:00")
    ('2025-03-04', '2025-03-04')
    """
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time.struct_time):
        return _checked(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    m = _ISO_PREFIX.match(text)
    if m:
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    try:
        return parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
