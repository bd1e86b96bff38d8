"""The `ehr-desktop` command: no arguments starts the window; subcommands run the same services."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop import __version__

PASSPHRASE_ENV = "EHR_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EHR_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "EHR_RECOVERY_KEY"
PROMPT_ATTEMPTS = 3


class CliFailure(Exception):
    """A failure already worded for the user."""


def _setup_translations() -> None:
    from ehr_desktop.gui import i18n
    from ehr_desktop.services.preferences import PreferenceStore

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    i18n.install(i18n.resolve_language(PreferenceStore().load().language))


def _describe(error: BaseException) -> str:
    from ehr_desktop.gui.messages import describe

    return describe(error)


# --- secrets -----------------------------------------------------------------


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _secret_from_env_or_prompt(env: str, prompt: str) -> tuple[str, bool]:
    """(secret, came_from_env)."""
    value = os.environ.get(env)
    if value:
        return value, True
    if not _interactive():
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "No passphrase given: set {env} or run the command in a terminal."
            ).format(env=env)
        )
    return getpass.getpass(prompt), False


def _new_passphrase(env: str) -> str:
    from ehr_desktop.domain.errors import PassphraseMismatch, WeakPassphrase
    from ehr_desktop.domain.passphrase import assess

    value = os.environ.get(env)
    if value:
        return value
    if not _interactive():
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "No new passphrase given: set {env} or run the command in a terminal."
            ).format(env=env)
        )
    first = getpass.getpass(QCoreApplication.translate("Cli", "New passphrase: "))
    if not assess(first).acceptable:
        raise WeakPassphrase()
    if getpass.getpass(QCoreApplication.translate("Cli", "Repeat the new passphrase: ")) != first:
        raise PassphraseMismatch()
    return first


def _unlock(path: Path, *, allow_recovery_env: bool = True):
    """Unlocks with EHR_PASSPHRASE, EHR_RECOVERY_KEY or prompts, with a growing delay on failure."""
    return _unlock_keeping_passphrase(path, allow_recovery_env=allow_recovery_env)[0]


def _unlock_keeping_passphrase(path: Path, *, allow_recovery_env: bool = True):
    """(vault, the passphrase that opened it, or None when the recovery key did)."""
    from ehr_desktop.domain.errors import WrongPassphrase
    from ehr_desktop.domain.throttle import UnlockThrottle
    from ehr_desktop.services import vaults

    vaults.locate_vault(path)  # report a missing or damaged vault before asking for anything
    if (
        allow_recovery_env
        and os.environ.get(RECOVERY_KEY_ENV)
        and not os.environ.get(PASSPHRASE_ENV)
    ):
        return vaults.unlock_with_recovery_key(path, os.environ[RECOVERY_KEY_ENV]), None
    throttle = UnlockThrottle()
    while True:
        passphrase, from_env = _secret_from_env_or_prompt(
            PASSPHRASE_ENV, QCoreApplication.translate("Cli", "Passphrase: ")
        )
        try:
            vault = vaults.unlock_with_passphrase(path, passphrase)
        except WrongPassphrase:
            if from_env or throttle.failures + 1 >= PROMPT_ATTEMPTS:
                raise
            print(_describe(WrongPassphrase()), file=sys.stderr)
            time.sleep(throttle.record_failure())
            continue
        throttle.record_success()
        return vault, passphrase


# --- commands ----------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> dict:
    from ehr_desktop.services import vaults

    passphrase = _new_passphrase(PASSPHRASE_ENV)
    created = vaults.create_vault(Path(args.vault), passphrase, remember=args.remember)
    try:
        if args.recovery_sheet:
            _write_recovery_sheet(
                Path(args.recovery_sheet), created.vault.name, created.recovery_key
            )
    finally:
        created.vault.close()
    return {
        "vault": str(created.vault.layout.folder),
        "recovery_key": created.recovery_key,
        "_text": QCoreApplication.translate(
            "Cli",
            "Vault created: {vault}\n\nRecovery key (shown only now; print it or write it down and keep it "
            "somewhere safe, away from the computer):\n\n    {key}\n",
        ).format(vault=created.vault.layout.folder, key=created.recovery_key),
    }


def _write_recovery_sheet(target: Path, vault_name: str, key: str) -> None:
    from ehr_desktop.exchange.recovery_sheet import write_recovery_sheet
    from ehr_desktop.gui.recovery_texts import recovery_sheet_text

    write_recovery_sheet(target, vault_name, key, recovery_sheet_text())


def cmd_demo(args: argparse.Namespace) -> dict:
    from ehr_desktop.services import demo, vaults

    passphrase = os.environ.get(PASSPHRASE_ENV) or demo.DEMO_PASSPHRASE
    created = vaults.create_vault(Path(args.vault), passphrase)
    try:
        summary = demo.populate(created.vault, args.employees, seed=args.seed)
    finally:
        created.vault.close()
    return {
        "vault": str(created.vault.layout.folder),
        "recovery_key": created.recovery_key,
        "departments": summary.departments,
        "positions": summary.positions,
        "employees": summary.employees,
        "events": summary.events,
        "_text": QCoreApplication.translate(
            "Cli", "Demo vault created: {vault} ({employees} employees, {departments} departments)."
        ).format(
            vault=created.vault.layout.folder,
            employees=summary.employees,
            departments=summary.departments,
        )
        + "\n"
        + QCoreApplication.translate("Cli", "Recovery key: {key}").format(key=created.recovery_key),
    }


def cmd_verify(args: argparse.Namespace) -> dict:
    from ehr_desktop.exchange.backup_file import SUFFIX, looks_like_backup
    from ehr_desktop.services.verification import verify_database

    target = Path(args.vault)
    if target.is_file() and (looks_like_backup(target) or target.suffix == SUFFIX):
        return _verify_backup(target, thorough=getattr(args, "thorough", False))
    vault = _unlock(target)
    try:
        report = verify_database(vault.database)
    finally:
        vault.close()
    from ehr_desktop.gui.verification_texts import describe_report

    return {
        "ok": report.ok,
        "checks": [
            {"check": r.check.value, "ok": r.ok, "problem": r.problem, "at": r.at, "count": r.count}
            for r in report.results
        ],
        "_text": describe_report(report),
        "_exit": 0 if report.ok else 1,
    }


def cmd_passwd(args: argparse.Namespace) -> dict:
    from ehr_desktop.services import vaults

    vault = _unlock(Path(args.vault), allow_recovery_env=False)
    try:
        vaults.change_passphrase(vault, _new_passphrase(NEW_PASSPHRASE_ENV))
    finally:
        vault.close()
    return {
        "vault": str(vault.layout.folder),
        "_text": QCoreApplication.translate("Cli", "The passphrase was changed."),
    }


def cmd_recover(args: argparse.Namespace) -> dict:
    from ehr_desktop.services import vaults

    vaults.locate_vault(Path(args.vault))
    key, _from_env = _secret_from_env_or_prompt(
        RECOVERY_KEY_ENV, QCoreApplication.translate("Cli", "Recovery key: ")
    )
    vault = vaults.unlock_with_recovery_key(Path(args.vault), key)
    try:
        vaults.change_passphrase(vault, _new_passphrase(NEW_PASSPHRASE_ENV))
    finally:
        vault.close()
    return {
        "vault": str(vault.layout.folder),
        "_text": QCoreApplication.translate(
            "Cli", "A new passphrase was set. The recovery key stays valid."
        ),
    }


# Sentences of the backup commands, looked up by key.
BACKUP_TEXTS = {
    "prompt_passphrase": QT_TRANSLATE_NOOP("Cli", "Backup passphrase: "),
    "intact": QT_TRANSLATE_NOOP("Cli", "The backup is intact and can be restored ({employees} employees, made {created})."),
    "damaged": QT_TRANSLATE_NOOP("Cli", "The backup is damaged. Do not rely on it; make a new backup of the vault."),
    "no_backup_passphrase": QT_TRANSLATE_NOOP("Cli", "No backup passphrase given: set {env}."),
    "written": QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path} ({employees} employees)."),
    "written_without_passphrase": QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path} ({employees} employees). It has no passphrase of its own: it opens with the vault passphrase current now or with the recovery key."),
    "restored": QT_TRANSLATE_NOOP("Cli", "Restored into {vault}. It opens with the vault passphrase that was current when the backup was made, or with the recovery key."),
}  # fmt: skip


def _backup_text(key: str) -> str:
    return QCoreApplication.translate("Cli", BACKUP_TEXTS[key])


def _backup_secrets() -> tuple[str | None, str | None]:
    """(passphrase, recovery key) for opening a backup: the environment, else a prompt."""
    if os.environ.get(RECOVERY_KEY_ENV) and not os.environ.get(PASSPHRASE_ENV):
        return None, os.environ[RECOVERY_KEY_ENV]
    passphrase, _from_env = _secret_from_env_or_prompt(
        PASSPHRASE_ENV, _backup_text("prompt_passphrase")
    )
    return passphrase, None


def _backup_checks(report) -> list[dict]:
    return [
        {"check": r.check.value, "ok": r.ok, "problem": r.problem, "at": r.at}
        for r in report.results
    ]


def _verify_backup(path: Path, *, thorough: bool = False) -> dict:
    from ehr_desktop.gui.verification_texts import report_lines
    from ehr_desktop.services import backups

    backups.read_header(path)  # a foreign or damaged file is refused before any prompt
    passphrase, recovery = _backup_secrets()
    report = backups.verify_backup(
        path, passphrase=passphrase, recovery_key=recovery, thorough=thorough
    )
    lines = report_lines(report)
    summary = (_backup_text("intact") if report.ok else _backup_text("damaged")).format(
        employees=report.counts.get("employees", 0), created=report.header.created_at
    )
    return {
        "ok": report.ok,
        "kind": "backup",
        "created_at": report.header.created_at,
        "app_version": report.header.app_version,
        "schema_revision": report.header.schema_revision,
        "counts": report.counts,
        "checks": _backup_checks(report),
        "_text": "\n".join([*lines, "", summary]),
        "_exit": 0 if report.ok else 1,
    }


def cmd_backup(args: argparse.Namespace) -> dict:
    from ehr_desktop.services import backups

    vault, vault_passphrase = _unlock_keeping_passphrase(Path(args.vault))
    try:
        separate = bool(args.backup_passphrase_env)
        if separate:
            passphrase = os.environ.get(args.backup_passphrase_env)
            if not passphrase:
                raise CliFailure(
                    _backup_text("no_backup_passphrase").format(env=args.backup_passphrase_env)
                )
        else:
            # None when the recovery key opened the vault: then the backup gets no passphrase
            # slot and opens through its copy of the vault's slots (passphrase or recovery key).
            passphrase = vault_passphrase
        info = backups.create_backup(
            vault, Path(args.output), passphrase=passphrase, separate_passphrase=separate
        )
    finally:
        vault.close()
    return {
        "backup": str(info.path),
        "created_at": info.created_at.isoformat(),
        "bytes": info.size_bytes,
        "counts": info.counts,
        "passphrase_slot": passphrase is not None,
        "_text": _backup_text(
            "written" if passphrase is not None else "written_without_passphrase"
        ).format(path=info.path, employees=info.counts.get("employees", 0)),
    }


def cmd_restore(args: argparse.Namespace) -> dict:
    from ehr_desktop.services import backups

    backups.read_header(Path(args.backup))  # refuse a foreign or damaged file before any prompt
    passphrase, recovery = _backup_secrets()
    restored = backups.restore_backup(
        Path(args.backup),
        Path(args.to),
        passphrase=passphrase,
        recovery_key=recovery,
        replace=args.replace,
    )
    return {
        "vault": str(restored),
        "_text": _backup_text("restored").format(vault=restored),
    }


def cmd_employees(args: argparse.Namespace) -> dict:
    """The employee list as the GUI shows it: same query service, masked unless asked."""
    from ehr_desktop.domain import people
    from ehr_desktop.services import employee_list, employees

    vault = _unlock(Path(args.vault))
    try:
        query = employee_list.ListQuery(
            text=args.search or "",
            statuses=() if args.all else employee_list.ListQuery().statuses,
        )
        source = employee_list.source(vault, query)
        total = source.count()
        rows = source.rows(0, args.limit)
        if args.unmasked and rows:
            employees.record_reveal(vault, [r.id for r in rows], ["id_number", "mobile"], "cli")
    finally:
        vault.close()

    def shown(value: str | None, field: str) -> str:
        if not value:
            return ""
        return value if args.unmasked else people.MASKS[field](value)

    listed = [
        {
            "employee_no": r.employee_no,
            "name": r.name,
            "department": r.department,
            "position": r.position,
            "status": r.status,
            "hire_date": r.hire_date.isoformat() if r.hire_date else None,
            "mobile": shown(r.mobile, "mobile"),
            "id_number": shown(r.id_number, "id_number"),
        }
        for r in rows
    ]
    lines = [
        "\t".join(
            (e["employee_no"], e["name"], e["department"], e["position"], e["hire_date"] or "",
             e["mobile"], e["id_number"])
        )
        for e in listed
    ]  # fmt: skip
    summary = QCoreApplication.translate("Cli", "{shown} of {total} employees.").format(
        shown=len(listed), total=total
    )
    return {"total": total, "employees": listed, "_text": "\n".join([*lines, summary])}


def _import_report(target: Path, the_plan, vault) -> None:
    """The report workbook in the officer's language: the same one the Import page saves."""
    from ehr_desktop.gui.import_page import write_import_report

    write_import_report(target, the_plan, vault)


def _read_with_profile(vault, files: list[Path], sheets, name: str):
    from ehr_desktop.services import roster_import

    found = {p.name: p for p in roster_import.profiles(vault)}
    if name not in found:
        known = ", ".join(sorted(found)) or QCoreApplication.translate("Cli", "none saved yet")
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "There is no mapping profile named “{name}” (saved profiles: {known})."
            ).format(name=name, known=known)
        )
    custom_fields = roster_import.custom_field_kinds(vault)
    mapping = roster_import.usable_mapping(found[name].mapping, custom_fields)
    return roster_import.read_files(
        files, sheets=sheets, mapping=mapping, custom_fields=custom_fields
    )


def cmd_import(args: argparse.Namespace) -> dict:
    """Takes rosters in (or with --dry-run only says what it would do)."""
    import contextlib

    from ehr_desktop.services import roster_reading

    files = [Path(f) for f in args.files]
    sheets = [args.sheet] if args.sheet else None
    if args.profile:
        from ehr_desktop.services import roster_import

        vault = _unlock(Path(args.vault))
        try:
            events = roster_reading.events_of(
                _read_with_profile(vault, files, sheets, args.profile)
            )
        except BaseException:
            vault.close()
            raise
    else:
        # The files are read (in their own process) while the database layer loads, the
        # passphrase is typed and the key derived: the vocabulary needs nothing from the vault.
        # Each part of records is then planned (and written) while the rest is still read.
        events = roster_reading.FilesBeingRead(files, sheets=sheets)
        try:
            from ehr_desktop.services import roster_import

            vault = _unlock(Path(args.vault))
        except BaseException:
            events.close()
            raise
    try:
        with contextlib.closing(events):
            if args.dry_run:
                the_plan = roster_import.plan_stream(vault, events, on_conflict=args.on_conflict)
            else:
                the_plan, _result = roster_import.apply_stream(
                    vault, events, on_conflict=args.on_conflict
                )
        if args.report:
            _import_report(Path(args.report), the_plan, vault)
    finally:
        vault.close()
    counts = the_plan.counts
    text = QCoreApplication.translate(
        "Cli",
        "{mode}: {created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, "
        "{flagged} flagged, {conflicts} with conflicts.",
    ).format(
        mode=QCoreApplication.translate("Cli", "Dry run, nothing written")
        if args.dry_run
        else QCoreApplication.translate("Cli", "Imported"),
        **{k: counts.get(k, 0) for k in ("created", "updated", "unchanged", "rejected",
                                           "flagged", "conflicts")},
    )  # fmt: skip
    return {"dry_run": args.dry_run, "counts": counts, "_text": text}


def _roster_query(vault, args: argparse.Namespace):
    """The employee list's query from --search, --department and --include-left."""
    from ehr_desktop.services import employee_list, organization

    department_id = None
    if args.department:
        wanted = args.department.strip().replace(" / ", "/")
        found = [i for i, p in organization.paths(vault).items() if p == wanted]
        if not found:
            raise CliFailure(
                QCoreApplication.translate(
                    "Cli",
                    "There is no department “{path}” (write it as the list shows it, e.g. 销售部/华东区).",
                ).format(path=args.department)
            )
        department_id = found[0]
    return employee_list.ListQuery(
        text=args.search or "",
        department_id=department_id,
        statuses=() if args.include_left else employee_list.ListQuery().statuses,
    )


def cmd_export_roster(args: argparse.Namespace) -> dict:
    from ehr_desktop.gui import export_texts
    from ehr_desktop.services import roster_export

    target = Path(args.output)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "The roster is written as .xlsx or .csv: {path}"
            ).format(path=target)
        )
    if args.unmasked:
        _confirm_unmasked(
            args,
            QCoreApplication.translate(
                "Cli",
                "The file will hold ID numbers, bank accounts, phones and salaries in full, and the export is recorded. Continue?",
            ),
        )
    columns = roster_export.COLUMNS
    if args.columns:
        columns = tuple(key.strip() for key in args.columns.split(",") if key.strip())
        unknown = [key for key in columns if key not in roster_export.BY_KEY]
        if unknown or not columns:
            raise CliFailure(
                QCoreApplication.translate(
                    "Cli", "Unknown columns: {unknown}. Columns that can be exported: {known}"
                ).format(
                    unknown=", ".join(unknown) or "-",
                    known=", ".join(column.key for column in roster_export.AVAILABLE),
                )
            )
    vault = _unlock(Path(args.vault))
    try:
        result = roster_export.export(
            vault, target, export_texts.roster_headers(), words=export_texts.roster_words(),
            columns=columns, query=_roster_query(vault, args), unmasked=args.unmasked,
            sheet_name=export_texts.roster_sheet_name(),
        )  # fmt: skip
    finally:
        vault.close()
    return {
        "path": str(result.path),
        "rows": result.rows,
        "unmasked": result.unmasked,
        "columns": list(result.columns),
        "_text": QCoreApplication.translate("Cli", "{rows} employees written to {path}.").format(
            rows=result.rows, path=result.path
        ),
    }


def _month(text: str | None, *, end: bool):
    """YYYY-MM as its first day (or its last, for the end of a period)."""
    import datetime as dt

    from ehr_desktop.domain.workforce import next_month

    try:
        year, month = (int(part) for part in text.split("-"))
        first = dt.date(year, month, 1)
    except (ValueError, AttributeError):
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "Write the month as YYYY-MM, e.g. 2025-01: {text}"
            ).format(text=text)
        ) from None
    return next_month(first) - dt.timedelta(days=1) if end else first


def cmd_export_workforce(args: argparse.Namespace) -> dict:
    """Headcount, hires, leavers and turnover by department and month (audited)."""
    import datetime as dt

    from ehr_desktop.gui import export_texts
    from ehr_desktop.services import workforce

    target = Path(args.output)
    if target.suffix.lower() != ".xlsx":
        raise CliFailure(
            QCoreApplication.translate("Cli", "The report is written as .xlsx: {path}").format(
                path=target
            )
        )
    default_first, default_last = workforce.default_period(dt.date.today())
    first = _month(args.from_month, end=False) if args.from_month else default_first
    last = _month(args.to_month, end=True) if args.to_month else default_last
    if args.from_month and not args.to_month and first > default_last:
        last = _month(args.from_month, end=True)
    vault = _unlock(Path(args.vault))
    try:
        report = workforce.export(vault, target, first, last, export_texts.workforce_texts())
    except workforce.PeriodRefused:
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "The period must run forwards and span at most {months} months."
            ).format(months=workforce.MAX_MONTHS)
        ) from None
    finally:
        vault.close()
    company = report.rows[0].figures
    return {
        "path": str(target),
        "months": len(report.months),
        "from": report.months[0].isoformat()[:7],
        "to": report.months[-1].isoformat()[:7],
        "people": report.people,
        "hires": sum(company.hires),
        "leavers": sum(company.leavers),
        "_text": QCoreApplication.translate(
            "Cli", "Workforce report for {first} – {last} written to {path}."
        ).format(
            first=report.months[0].isoformat()[:7],
            last=report.months[-1].isoformat()[:7],
            path=target,
        ),
    }


def _cycle_named(vault, name: str):
    from ehr_desktop.services import kpi_cycles

    cycles = kpi_cycles.list_cycles(vault)
    found = [c for c in cycles if c.name == name]
    if not found:
        known = ", ".join(c.name for c in cycles) or QCoreApplication.translate("Cli", "none yet")
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "There is no appraisal cycle named “{name}” (cycles: {known})."
            ).format(name=name, known=known)
        )
    return found[0]


def cmd_kpi_list(args: argparse.Namespace) -> dict:
    """The appraisal templates and cycles of a vault."""
    from ehr_desktop.gui.labels import label
    from ehr_desktop.services import kpi_cycles, kpi_templates

    vault = _unlock(Path(args.vault))
    try:
        templates = kpi_templates.list_templates(vault, include_retired=True)
        cycles = kpi_cycles.list_cycles(vault)
    finally:
        vault.close()
    lines = [QCoreApplication.translate("Cli", "Templates:")]
    lines += [
        "  "
        + QCoreApplication.translate(
            "Cli", "{code}\t{name}\tversion {version}\t{forms} forms{retired}"
        ).format(
            code=t.code,
            name=t.name,
            version=t.version,
            forms=t.forms,
            retired=QCoreApplication.translate("Cli", " (retired)") if t.retired else "",
        )
        for t in templates
    ]
    lines.append(QCoreApplication.translate("Cli", "Cycles:"))
    lines += [
        "  "
        + QCoreApplication.translate(
            "Cli", "{name}\t{start} – {end}\t{state}\t{locked} of {forms} forms finalized"
        ).format(
            name=c.name,
            start=c.starts_on.isoformat(),
            end=c.ends_on.isoformat(),
            state=label("kpi_cycle_state", c.state.value),
            locked=c.locked,
            forms=c.forms,
        )
        for c in cycles
    ]
    return {
        "templates": [
            {"code": t.code, "name": t.name, "version": t.version, "versions": t.versions,
             "forms": t.forms, "retired": t.retired}
            for t in templates
        ],
        "cycles": [
            {"name": c.name, "period": c.period_kind, "starts_on": c.starts_on.isoformat(),
             "ends_on": c.ends_on.isoformat(), "state": c.state.value, "forms": c.forms,
             "finalized": c.locked}
            for c in cycles
        ],
        "_text": "\n".join(lines),
    }  # fmt: skip


def cmd_kpi_import_template(args: argparse.Namespace) -> dict:
    """Takes a KPI template workbook in (a known code becomes its next version)."""
    from ehr_desktop.gui.kpi_workbook_words import workbook_problem_text
    from ehr_desktop.services import kpi_template_files

    vault = _unlock(Path(args.vault))
    try:
        imported = kpi_template_files.import_template(vault, Path(args.file))
    except kpi_template_files.TemplateWorkbookRefused as refused:
        lines = [workbook_problem_text(p) for p in refused.problems]
        raise CliFailure(
            "\n".join(
                [
                    QCoreApplication.translate(
                        "Cli", "{file} was not imported ({count} problems):"
                    ).format(file=Path(args.file).name, count=len(lines)),
                    *lines,
                ]
            )
        ) from None
    finally:
        vault.close()
    if imported.created:
        text = QCoreApplication.translate("Cli", "New template, version {number}.")
    elif imported.changed:
        text = QCoreApplication.translate(
            "Cli", "Saved as version {number} of the template with this code."
        )
    else:
        text = QCoreApplication.translate(
            "Cli", "The template already holds exactly this (version {number}); nothing changed."
        )
    return {
        "template_id": imported.template_id,
        "version": imported.version_number,
        "created": imported.created,
        "changed": imported.changed,
        "_text": text.format(number=imported.version_number),
    }


def cmd_kpi_export_results(args: argparse.Namespace) -> dict:
    """A cycle's results as an Excel workbook (the export is recorded in the audit trail)."""
    from ehr_desktop.services import kpi_results

    target = Path(args.output)
    if target.suffix.lower() != ".xlsx":
        raise CliFailure(
            QCoreApplication.translate("Cli", "The results are written as .xlsx: {path}").format(
                path=target
            )
        )
    vault = _unlock(Path(args.vault))
    try:
        cycle = _cycle_named(vault, args.cycle)
        rows = kpi_results.export_results(vault, cycle.id, target)
    finally:
        vault.close()
    return {
        "cycle": cycle.name,
        "rows": rows,
        "_text": QCoreApplication.translate("Cli", "{rows} employees written to {path}.").format(
            rows=rows, path=target
        ),
    }


def _pdf_target(output: str) -> Path:
    target = Path(output)
    if target.suffix.lower() != ".pdf":
        raise CliFailure(
            QCoreApplication.translate("Cli", "The document is written as .pdf: {path}").format(
                path=target
            )
        )
    return target


def _progress_on_terminal(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_print_sheets(args: argparse.Namespace) -> dict:
    """A cycle's appraisal sheets (or a department's) as one PDF, or one PDF per employee."""
    from ehr_desktop.gui.print_texts import sheet_texts
    from ehr_desktop.services import printing

    target = _pdf_target(args.output) if args.output else None
    folder = Path(args.folder) if args.folder else None
    if folder is not None and not folder.is_dir():
        raise CliFailure(
            QCoreApplication.translate("Cli", "The folder {path} does not exist.").format(
                path=folder
            )
        )
    vault = _unlock(Path(args.vault))
    try:
        cycle = _cycle_named(vault, args.cycle)
        department_id = _department_named(vault, args.department) if args.department else None
        options = {
            "cycle_id": cycle.id,
            "texts": sheet_texts(),
            "department_id": department_id,
            "blank": args.blank,
            "page_size": args.page_size,
            "progress": _progress_on_terminal,
        }
        if folder is not None:
            printed = printing.write_appraisal_sheets_to_folder(vault, folder, **options)
        else:
            printed = printing.write_appraisal_sheets(vault, target, **options)
    finally:
        vault.close()
    where = folder if folder is not None else target
    return {
        "cycle": cycle.name,
        "people": printed.people,
        "blank": args.blank,
        "files": [str(f) for f in printed.files],
        "_text": QCoreApplication.translate(
            "Cli", "{people} appraisal sheets written to {path}."
        ).format(people=printed.people, path=where),
    }


def _confirm_unmasked(args: argparse.Namespace, question: str) -> None:
    """Clear ID, bank, phone and salary data leave the vault only when the officer says so:
    `--yes`, or "y" typed in a terminal."""
    if args.yes:
        return
    if not _interactive():
        raise CliFailure(
            QCoreApplication.translate(
                "Cli",
                "--unmasked writes ID numbers, bank accounts, phones and salaries in full: add --yes to confirm.",
            )
        )
    answer = input(question + " [y/N] ").strip().lower()
    if answer not in ("y", "yes", QCoreApplication.translate("Cli", "y")):
        raise CliFailure(QCoreApplication.translate("Cli", "Cancelled. Nothing was written."))


def cmd_print_dossier(args: argparse.Namespace) -> dict:
    """One employee's dossier (人事档案) as PDF; sensitive fields masked unless --unmasked."""
    from ehr_desktop.domain.errors import NotFound
    from ehr_desktop.gui.print_texts import dossier_texts
    from ehr_desktop.services import printing

    target = _pdf_target(args.output)
    if args.unmasked:
        _confirm_unmasked(
            args,
            QCoreApplication.translate(
                "Cli",
                "The dossier will show ID number, bank account, phones and salary in full, and the print is recorded. Continue?",
            ),
        )
    vault = _unlock(Path(args.vault))
    try:
        try:
            employee_id = printing.employee_id_of(vault, args.employee_no)
        except NotFound:
            raise CliFailure(
                QCoreApplication.translate(
                    "Cli", "There is no employee with the number {number}."
                ).format(number=args.employee_no)
            ) from None
        printed = printing.write_dossier(
            vault,
            employee_id,
            target,
            texts=dossier_texts(),
            unmasked=args.unmasked,
            page_size=args.page_size,
        )
    finally:
        vault.close()
    return {
        "employee_no": args.employee_no,
        "unmasked": printed.unmasked,
        "files": [str(f) for f in printed.files],
        "_text": QCoreApplication.translate("Cli", "Dossier written to {path}.").format(
            path=target
        ),
    }


def _department_named(vault, path: str) -> int:
    """The id of the department written as its path ("销售部/华东区"), or a clear refusal."""
    from ehr_desktop.services import organization

    wanted = "/".join(part.strip() for part in path.strip().strip("/").split("/"))
    paths = organization.paths(vault)
    found = [department_id for department_id, known in paths.items() if known == wanted]
    if not found:
        raise CliFailure(
            QCoreApplication.translate(
                "Cli",
                "There is no department “{path}”. Write it as its path from the top, for example 销售部/华东区.",
            ).format(path=path)
        )
    return found[0]


def cmd_forms_export(args: argparse.Namespace) -> dict:
    """Fill-in workbooks for a cycle: one per manager, or one per employee (audited)."""
    from ehr_desktop.gui.fill_in_words import left_out_text
    from ehr_desktop.services import kpi_fill_in

    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise CliFailure(
            QCoreApplication.translate(
                "Cli", "The workbooks go into a folder, and {path} is a file. Name a folder."
            ).format(path=folder)
        )
    vault = _unlock(Path(args.vault))
    try:
        cycle = _cycle_named(vault, args.cycle)
        department_id = _department_named(vault, args.department) if args.department else None
        summary = kpi_fill_in.export_workbooks(
            vault,
            cycle.id,
            by=kpi_fill_in.By(args.by),
            folder=folder,
            department_id=department_id,
        )
    finally:
        vault.close()
    if args.by == "manager":
        text = QCoreApplication.translate(
            "Cli", "{forms} forms written into {files} workbooks, one per manager, in {folder}."
        )
    else:
        text = QCoreApplication.translate(
            "Cli", "{forms} self-assessments written into {files} workbooks in {folder}."
        )
    lines = [text.format(forms=summary.forms, files=len(summary.files), folder=folder)]
    lines += [
        "  "
        + QCoreApplication.translate("Cli", "{file}\t{forms} forms").format(
            file=written.path.name, forms=written.forms
        )
        for written in summary.files
    ]
    if any(summary.left_out.values()):
        lines.append(
            QCoreApplication.translate(
                "Cli", "Left out, as nobody can fill them in now: {reasons}."
            ).format(reasons=left_out_text(summary.left_out))
        )
    return {
        "cycle": summary.cycle,
        "by": summary.by.value,
        "folder": str(folder),
        "forms": summary.forms,
        "files": [
            {"path": str(w.path), "employee_no": w.employee_no, "name": w.name, "forms": w.forms}
            for w in summary.files
        ],
        "left_out": {reason.value: count for reason, count in summary.left_out.items()},
        "_text": "\n".join(lines),
    }


def cmd_forms_import(args: argparse.Namespace) -> dict:
    """Takes returned fill-in workbooks in; refused workbooks and forms are listed with why."""
    from ehr_desktop.gui.fill_in_words import (
        cell_problem_text,
        file_refusal_text,
        form_outcome_text,
        status_text,
    )
    from ehr_desktop.services import kpi_fill_in
    from ehr_desktop.services.kpi_fill_in import FormStatus

    files = [Path(f) for f in args.files]
    missing = [f for f in files if not f.is_file()]
    if missing:
        raise CliFailure(
            QCoreApplication.translate("Cli", "There is no file {path}. Nothing was taken.").format(
                path=missing[0]
            )
        )
    vault = _unlock(Path(args.vault))
    try:
        summary = kpi_fill_in.import_workbooks(vault, files)
    finally:
        vault.close()
    lines = []
    report = []
    for outcome in summary.files:
        if outcome.refused:
            reason = file_refusal_text(outcome)
            lines.append(
                QCoreApplication.translate("Cli", "{file}: not taken. {reason}").format(
                    file=outcome.path.name, reason=reason
                )
            )
        else:
            reason = ""
            lines.append(
                QCoreApplication.translate("Cli", "{file} (from {person}):").format(
                    file=outcome.path.name, person=outcome.person
                )
            )
        forms = []
        for form in outcome.forms:
            said = form_outcome_text(form)
            lines.append(
                "  "
                + QCoreApplication.translate("Cli", "{employee_no} {name}: {status}. {text}")
                .format(
                    employee_no=form.employee_no,
                    name=form.name,
                    status=status_text(form),
                    text=said,
                )
                .rstrip()
            )
            forms.append(
                {
                    "form_id": form.form_id,
                    "employee_no": form.employee_no,
                    "name": form.name,
                    "sheet": form.sheet,
                    "status": form.status.value,
                    "refusal": form.refusal.value if form.refusal else None,
                    "changed": list(form.changed),
                    "commented": list(form.commented),
                    "partial": form.partial,
                    "problems": [
                        {
                            "sheet": p.sheet,
                            "cell": p.cell,
                            "indicator": p.indicator,
                            "code": p.code,
                            "value": p.value,
                            "text": cell_problem_text(p),
                        }
                        for p in form.problems
                    ],
                    "text": said,
                }
            )
        report.append(
            {
                "path": str(outcome.path),
                "refused": outcome.refusal or None,
                "reason": reason,
                "cycle": outcome.cycle,
                "scorer": outcome.scorer.value if outcome.scorer else None,
                "person": outcome.person,
                "forms": forms,
            }
        )
    counts = {
        "files": len(summary.files),
        "files_refused": summary.files_refused,
        **{status.value: summary.count(status) for status in FormStatus},
        "inputs_changed": summary.inputs_changed,
    }
    lines.append(
        QCoreApplication.translate(
            "Cli",
            "{landed} forms taken in ({inputs} scores changed), {unchanged} already in the vault, "
            "{empty} not filled in, {refused} refused; {files_refused} of {files} workbooks refused.",
        ).format(
            landed=counts["landed"],
            inputs=counts["inputs_changed"],
            unchanged=counts["unchanged"],
            empty=counts["empty"],
            refused=counts["refused"],
            files_refused=counts["files_refused"],
            files=counts["files"],
        )
    )
    return {
        "counts": counts,
        "files": report,
        "_text": "\n".join(lines),
        "_exit": 1 if summary.files_refused else 0,
    }


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own default would otherwise overwrite `ehr-desktop --json verify`.
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON"
    )
    parser = argparse.ArgumentParser(
        prog="ehr-desktop",
        description="EHR Desktop: encrypted personnel archive. Without a command, the window opens.",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a new vault")
    p.add_argument("vault", help="vault folder to create, e.g. Company.ehrvault")
    p.add_argument("--remember", action="store_true", help="remember on this computer (OS keyring)")
    p.add_argument("--recovery-sheet", metavar="PDF", help="also save the recovery sheet as a PDF")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a vault full of fake demo data")
    p.add_argument("vault")
    p.add_argument("--employees", type=int, default=300, help="number of employees (default 300)")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("employees", parents=[common], help="list or search employees")
    p.add_argument("vault")
    p.add_argument("--search", metavar="TEXT", help="number, name, pinyin initials, ID or phone")
    p.add_argument("--all", action="store_true", help="include employees who have left")
    p.add_argument("--limit", type=int, default=50, help="show at most this many (default 50)")
    p.add_argument("--unmasked", action="store_true", help="show ID numbers and phones (audited)")
    p.set_defaults(handler=cmd_employees)

    p = sub.add_parser("import", parents=[common], help="take in rosters (xlsx, xls, ods, csv)")
    p.add_argument("vault")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="only this sheet (default: every sheet)")
    p.add_argument(
        "--profile", metavar="NAME", help="read the columns as this saved mapping profile says"
    )
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--report", metavar="OUT.xlsx", help="write the report of every problem row")
    p.add_argument(
        "--on-conflict",
        choices=("keep", "overwrite"),
        default="keep",
        help="when the vault and the roster disagree on personal data (default: keep)",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", parents=[common], help="write data out of the vault")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("roster", parents=[common], help="the roster as .xlsx or .csv")
    q.add_argument("vault")
    q.add_argument("-o", "--output", required=True, metavar="OUT.xlsx|OUT.csv")
    q.add_argument("--include-left", action="store_true", help="also employees who have left")
    q.add_argument(
        "--unmasked",
        action="store_true",
        help="full ID numbers, phones, bank accounts and salaries (asks first; audited)",
    )
    q.add_argument("--yes", action="store_true", help="confirm --unmasked without asking")
    q.add_argument(
        "--columns",
        metavar="KEY,KEY…",
        help="the columns, in this order (default: every core field); e.g. employee_no,name,department",
    )
    q.add_argument("--search", metavar="TEXT", help="only those quick search finds, as the list")
    q.add_argument(
        "--department", metavar="PATH", help="only this department and its sub-departments"
    )
    q.set_defaults(handler=cmd_export_roster)
    q = what.add_parser(
        "workforce", parents=[common], help="headcount, hires, leavers and turnover by month"
    )
    q.add_argument("vault")
    q.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    q.add_argument(
        "--from", dest="from_month", metavar="YYYY-MM", help="first month (default: a year ago)"
    )
    q.add_argument(
        "--to", dest="to_month", metavar="YYYY-MM", help="last month (default: last month)"
    )
    q.set_defaults(handler=cmd_export_workforce)

    p = sub.add_parser("kpi", parents=[common], help="appraisal templates, cycles and results")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("list", parents=[common], help="the templates and cycles")
    q.add_argument("vault")
    q.set_defaults(handler=cmd_kpi_list)
    q = what.add_parser("import-template", parents=[common], help="take in a template workbook")
    q.add_argument("vault")
    q.add_argument("file", metavar="FILE.xlsx")
    q.set_defaults(handler=cmd_kpi_import_template)
    q = what.add_parser("export-results", parents=[common], help="a cycle's results as .xlsx")
    q.add_argument("vault")
    q.add_argument("--cycle", required=True, metavar="NAME")
    q.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    q.set_defaults(handler=cmd_kpi_export_results)

    p = sub.add_parser(
        "forms", parents=[common], help="fill-in workbooks for managers and employees"
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser(
        "export", parents=[common], help="write a cycle's fill-in workbooks into a folder"
    )
    q.add_argument("vault")
    q.add_argument("--cycle", required=True, metavar="NAME")
    q.add_argument(
        "--by",
        required=True,
        choices=("manager", "employee"),
        help="one workbook per manager (their team's forms) or per employee (self-assessment)",
    )
    q.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the workbooks")
    q.add_argument("--department", metavar="PATH", help="only this department (and those below)")
    q.set_defaults(handler=cmd_forms_export)
    q = what.add_parser(
        "import",
        parents=[common],
        help="take returned fill-in workbooks in (exit 1 if a workbook was refused)",
    )
    q.add_argument("vault")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.set_defaults(handler=cmd_forms_import)

    p = sub.add_parser("print", parents=[common], help="appraisal sheets and dossiers as PDF")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("sheets", parents=[common], help="a cycle's appraisal sheets")
    q.add_argument("vault")
    q.add_argument("--cycle", required=True, metavar="NAME")
    q.add_argument("--department", metavar="PATH", help="only this department and those under it")
    q.add_argument("--blank", action="store_true", help="empty score cells, to fill in by hand")
    q.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    where = q.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="OUT.pdf", help="all sheets in one PDF")
    where.add_argument("--folder", metavar="DIR", help="one PDF per employee in this folder")
    q.set_defaults(handler=cmd_print_sheets)
    q = what.add_parser("dossier", parents=[common], help="one employee's whole file")
    q.add_argument("vault")
    q.add_argument("employee_no", metavar="EMPLOYEE_NO")
    q.add_argument(
        "--unmasked", action="store_true", help="ID number, bank account, phones, salary in full"
    )
    q.add_argument("--yes", action="store_true", help="confirm --unmasked without asking")
    q.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    q.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    q.set_defaults(handler=cmd_print_dossier)

    p = sub.add_parser("verify", parents=[common], help="check a vault or a backup file (.ehrbak)")
    p.add_argument("vault")
    p.add_argument(
        "--thorough",
        action="store_true",
        help="backups: also walk the whole audit chain (restore always does) and run SQLite's "
        "b-tree integrity and foreign-key checks (slower)",
    )
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("passwd", parents=[common], help="change the passphrase")
    p.add_argument("vault")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser(
        "recover", parents=[common], help="set a new passphrase with the recovery key"
    )
    p.add_argument("vault")
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    p.add_argument("vault")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ehrbak", help="backup file")
    p.add_argument(
        "--backup-passphrase-env",
        metavar="VAR",
        help="take a separate backup passphrase from this environment variable",
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="restore a backup into a vault")
    p.add_argument("backup", metavar="FILE.ehrbak")
    p.add_argument("--to", required=True, metavar="VAULT", help="vault folder to create")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace the existing (closed) vault; it is kept as a safety copy",
    )
    p.set_defaults(handler=cmd_restore)
    return parser


def _emit(result: dict, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {k: v for k, v in result.items() if not k.startswith("_")}, ensure_ascii=False
            )
        )
    else:
        print(result["_text"])


def run_command(args: argparse.Namespace) -> int:
    from ehr_desktop.domain.errors import EhrError

    # A console in a legacy code page (or a pipe) may not have ✓ or every Chinese character.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    _setup_translations()
    try:
        result = args.handler(args)
    except CliFailure as failure:
        message = str(failure)
    except EhrError as error:
        message = _describe(error)
    except KeyboardInterrupt:
        message = QCoreApplication.translate("Cli", "Cancelled. Nothing was changed.")
    else:
        _emit(result, args.json)
        return int(result.get("_exit", 0))
    if args.json:
        print(json.dumps({"ok": False, "error": message}, ensure_ascii=False))
    print(f"ehr-desktop: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    # The packaged app starts child processes (the memory-limited roster reader) from itself.
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from ehr_desktop.app import run_gui

        return run_gui()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ehr_desktop.app import run_gui

        return run_gui()
    return run_command(args)
