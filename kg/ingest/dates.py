"""Publication dates as ISO strings, whatever form they arrive in.

A date keeps the precision it was given with: ``YYYY-MM-DD`` for a day,
``YYYY-MM`` for a month ("2025-09", "September 2025"), ``YYYY`` for a year.
The graph stores them as ``xsd:date``, ``xsd:gYearMonth`` and ``xsd:gYear``.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# Written-out forms seen in front matter and bylines, tried in this order.
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")
# Month-precision written forms: "September 2025", "Sep 2025".
_MONTH_FORMATS = ("%B %Y", "%b %Y")


def iso_date(value: object) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY`` when only the month
    or year is given), or None when it is not a recognizable date.

    Accepts ISO dates, months, years and timestamps, RFC 822 feed dates, a few written forms
    ("March 4, 2025"), ``datetime``/``date`` and ``time.struct_time``. The date
    is the calendar date as written (no time-zone conversion).

    >>> iso_date("Tue, 04 Mar 2025 10:00:00 GMT"), iso_date("2025-03-04T23:30:00-08:00")
    ('2025-03-04', '2025-03-04')
    >>> iso_date("2025-09"), iso_date("September 2025"), iso_date("2025")
    ('2025-09', '2025-09', '2025')
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
    m = _ISO_PARTIAL.fullmatch(text)
    if m:
        # Month or year precision ("2025-09", "2025"): kept as given, not made a day.
        if m[2] is None:
            return m[1] if int(m[1]) >= 1 else None
        return _checked(int(m[1]), int(m[2]), 1) and f"{m[1]}-{m[2]}"
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
    for fmt in _MONTH_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).strftime("%Y-%m")
        except ValueError:
            continue
    return None


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
