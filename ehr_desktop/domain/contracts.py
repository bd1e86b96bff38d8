"""Labour contracts: types, date rules and the consecutive fixed-term count (劳动合同法 art. 14)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

CONTRACT_TYPES = ("fixed_term", "open_ended", "internship", "labour_service", "part_time")
# After this many consecutive fixed-term contracts the employee may require an open-ended one.
FIXED_TERM_LIMIT = 2


@dataclass(frozen=True)
class ContractTerms:
    contract_type: str
    start_date: dt.date
    end_date: dt.date | None
    probation_end: dt.date | None = None
    terminated_on: dt.date | None = None


def problems(terms: ContractTerms) -> list[tuple[str, str]]:
    """(field, code) for every rule the terms break."""
    found: list[tuple[str, str]] = []
    if terms.contract_type not in CONTRACT_TYPES:
        found.append(("contract_type", "unknown_choice"))
    if terms.contract_type == "open_ended":
        if terms.end_date is not None:
            found.append(("end_date", "open_ended_has_no_end"))
    elif terms.contract_type == "fixed_term" and terms.end_date is None:
        found.append(("end_date", "required"))
    if terms.end_date is not None and terms.end_date <= terms.start_date:
        found.append(("end_date", "end_before_start"))
    if terms.probation_end is not None:
        if terms.probation_end <= terms.start_date:
            found.append(("probation_end", "probation_end_before_start"))
        elif terms.end_date is not None and terms.probation_end > terms.end_date:
            found.append(("probation_end", "probation_end_after_end"))
    if terms.terminated_on is not None and terms.terminated_on < terms.start_date:
        found.append(("terminated_on", "end_before_start"))
    return found


def is_current(terms: ContractTerms, on: dt.date) -> bool:
    if terms.start_date > on or (terms.terminated_on is not None and terms.terminated_on <= on):
        return False
    return terms.end_date is None or terms.end_date >= on


def consecutive_fixed_terms(contracts: Iterable[ContractTerms]) -> int:
    """Fixed-term contracts signed one after another up to the latest, counted back from it.

    An open-ended contract, or a gap of more than a month (a new employment), starts the
    count again. Internship, labour-service and part-time contracts are not labour contracts
    under art. 14 and do not count, but do not break the chain either.
    """
    count = 0
    next_start: dt.date | None = None
    for terms in sorted(contracts, key=lambda c: c.start_date, reverse=True):
        if terms.contract_type not in ("fixed_term", "open_ended"):
            continue
        ended = terms.terminated_on or terms.end_date
        if next_start is not None and ended is not None and (next_start - ended).days > 31:
            break
        if terms.contract_type == "open_ended":
            break
        count += 1
        next_start = terms.start_date
    return count
