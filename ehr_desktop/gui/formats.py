"""How dates and money are written on screen: one place, so every area writes them alike."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale


def date_format(locale: QLocale | None = None) -> str:
    """The Qt date format: 2024-03-01 for Chinese (as officers write it), else the locale's
    short format with a four-digit year (1926 and 2026 must not look alike in an archive)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def date_text(value: dt.date | QDate | None, locale: QLocale | None = None) -> str:
    """A date as `date_format` writes it; "" for no date."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        value = QDate(value.year, value.month, value.day)
    return (locale or QLocale()).toString(value, date_format(locale))


def datetime_text(value: QDateTime, locale: QLocale | None = None) -> str:
    """A moment in local time: the date as `date_format`, then the locale's short time."""
    locale = locale or QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(value, f"{date_format(locale)} {time_format}")
