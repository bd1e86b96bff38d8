#!/usr/bin/env bash
# Builds the one-folder app dist/ehr-desktop/ with PyInstaller, then smoke-tests the result.
#
#   installer/build.sh              build + smoke test
#   installer/build.sh --test-only  smoke-test an existing dist/ehr-desktop/
#
# Exits non-zero if the build or any smoke check fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_DIR="$ROOT/dist/ehr-desktop"
APP="$APP_DIR/ehr-desktop"
PASSPHRASE='Bundle-smoke-test-2026'
GUI_SECONDS=8

cd "$ROOT"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nSMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }

build() {
    if [[ ! -x "$ROOT/.venv/bin/pyinstaller" ]]; then
        step "Creating the build environment (.venv with the installer extra)"
        [[ -x "$ROOT/.venv/bin/python" ]] || python3 -m venv "$ROOT/.venv"
        "$ROOT/.venv/bin/python" -m pip install -e ".[installer]"
    fi
    step "PyInstaller $("$ROOT/.venv/bin/pyinstaller" --version)"
    "$ROOT/.venv/bin/pyinstaller" --noconfirm --clean \
        --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
        installer/ehr_desktop.spec
}

smoke_test() {
    [[ -x "$APP" ]] || fail "$APP was not built"

    local tmp
    tmp="$(mktemp -d)"
    # shellcheck disable=SC2064  # expand $tmp now
    trap "rm -rf '$tmp'" EXIT
    # Keep the app's preferences, logs and demo data out of the builder's home folder, and
    # make sure nothing is read from the source tree or the venv.
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
        XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache"
    mkdir -p "$HOME"
    unset PYTHONPATH PYTHONHOME VIRTUAL_ENV EHR_PASSPHRASE EHR_NEW_PASSPHRASE EHR_RECOVERY_KEY
    cd "$tmp"

    local expected
    expected="$("$ROOT/.venv/bin/python" -c \
        'import tomllib; print(tomllib.load(open("'"$ROOT"'/pyproject.toml", "rb"))["project"]["version"])')"

    step "ehr-desktop --version"
    local version
    version="$("$APP" --version)" || fail "--version exited with $?"
    echo "$version"
    [[ "$version" == "ehr-desktop $expected" ]] || fail "expected 'ehr-desktop $expected'"

    if [[ "$(uname -s)" == Linux ]]; then
        step "Bundled Qt libraries and plugins resolve their Qt dependencies (ldd)"
        local missing
        missing="$(find "$APP_DIR/_internal" -type f -name '*.so*' -print0 \
            | xargs -0 -n 50 ldd 2>/dev/null \
            | grep -E '^\s+lib(Qt6|icu|pyside6|shiboken6)\S* => not found' | sort -u || true)"
        [[ -z "$missing" ]] || fail "bundled libraries need Qt libraries that were left out:
$missing"
        echo "all Qt dependencies present"
    fi

    step "Bundle self-check (resources, migrations, SQLCipher, keyring, Qt, reportlab)"
    EHR_BUNDLE_SELFCHECK=1 QT_QPA_PLATFORM=offscreen "$APP" || fail "bundle self-check"

    step "demo vault with 50 employees (Alembic migrations, SQLCipher, pypinyin initials)"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" demo "$tmp/v.ehrvault" --employees 50 \
        || fail "demo exited with $?"

    step "verify the demo vault"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" verify "$tmp/v.ehrvault" || fail "verify exited with $?"

    step "import a roster dry run (calamine, the memory-limited child process, records streamed)"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" import "$tmp/v.ehrvault" \
        "$ROOT/tests/fixtures/rosters/02_恒通五金_部门人员名册_合并单元格.xlsx" --dry-run --json \
        >"$tmp/import.json" || fail "import --dry-run exited with $?"
    cat "$tmp/import.json"
    grep -q '"created": 124' "$tmp/import.json" || fail "the dry run did not find the 124 employees"

    step "appraisals: kpi list (templates and cycles of the demo)"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" kpi list "$tmp/v.ehrvault" --json >"$tmp/kpi.json" \
        || fail "kpi list exited with $?"
    grep -q '"cycles"' "$tmp/kpi.json" || fail "kpi list printed no cycles"

    step "printing and exports: appraisal sheets, a dossier, fill-in workbooks, roster, workforce"
    local finalized open_cycle employee_no
    finalized="$("$ROOT/.venv/bin/python" -c 'import json,sys; print(next(c["name"] for c in json.load(open(sys.argv[1]))["cycles"] if c["state"] == "finalized"))' "$tmp/kpi.json")"
    open_cycle="$("$ROOT/.venv/bin/python" -c 'import json,sys; print(next(c["name"] for c in json.load(open(sys.argv[1]))["cycles"] if c["state"] == "open"))' "$tmp/kpi.json")"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" print sheets "$tmp/v.ehrvault" --cycle "$finalized" \
        -o "$tmp/sheets.pdf" || fail "print sheets exited with $?"
    [[ "$(head -c 4 "$tmp/sheets.pdf")" == "%PDF" ]] || fail "no appraisal sheets PDF"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" employees "$tmp/v.ehrvault" --json --limit 1 >"$tmp/one.json" \
        || fail "employees exited with $?"
    employee_no="$("$ROOT/.venv/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["employees"][0]["employee_no"])' "$tmp/one.json")"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" print dossier "$tmp/v.ehrvault" "$employee_no" \
        -o "$tmp/dossier.pdf" || fail "print dossier exited with $?"
    [[ "$(head -c 4 "$tmp/dossier.pdf")" == "%PDF" ]] || fail "no dossier PDF"
    mkdir -p "$tmp/forms"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" forms export "$tmp/v.ehrvault" --cycle "$open_cycle" \
        --by manager -o "$tmp/forms" || fail "forms export exited with $?"
    ls "$tmp/forms"/*.xlsx >/dev/null || fail "no fill-in workbooks"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" export roster "$tmp/v.ehrvault" -o "$tmp/roster.xlsx" \
        || fail "export roster exited with $?"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" export workforce "$tmp/v.ehrvault" -o "$tmp/workforce.xlsx" \
        || fail "export workforce exited with $?"
    echo "sheets $(wc -c <"$tmp/sheets.pdf") bytes, dossier $(wc -c <"$tmp/dossier.pdf") bytes"

    step "backup + verify of a 5,000-employee vault (container v2, page checks in spawned processes)"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" demo "$tmp/big.ehrvault" --employees 5000 >/dev/null \
        || fail "demo (5,000) exited with $?"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" backup "$tmp/big.ehrvault" -o "$tmp/big.ehrbak" \
        || fail "backup exited with $?"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" verify "$tmp/big.ehrbak" || fail "verify of the backup exited with $?"

    step "a wrong passphrase is refused (exit code 1)"
    local rc=0
    EHR_PASSPHRASE='Not-the-passphrase-1' "$APP" verify "$tmp/v.ehrvault" 2>"$tmp/wrong.err" \
        || rc=$?
    cat "$tmp/wrong.err"
    [[ $rc -eq 1 ]] || fail "verify with a wrong passphrase exited with $rc, expected 1"
    ! grep -q 'Traceback' "$tmp/wrong.err" || fail "traceback on a wrong passphrase"

    step "init with a recovery sheet PDF (reportlab + bundled CJK font)"
    EHR_PASSPHRASE="$PASSPHRASE" "$APP" init "$tmp/w.ehrvault" --recovery-sheet "$tmp/sheet.pdf" \
        >/dev/null || fail "init exited with $?"
    [[ "$(head -c 4 "$tmp/sheet.pdf")" == "%PDF" ]] || fail "no recovery sheet PDF"
    echo "recovery sheet: $(wc -c <"$tmp/sheet.pdf") bytes"

    step "GUI starts and keeps running for ${GUI_SECONDS}s (offscreen)"
    rc=0
    QT_QPA_PLATFORM=offscreen timeout "$GUI_SECONDS" "$APP" >"$tmp/gui.out" 2>"$tmp/gui.err" \
        || rc=$?
    cat "$tmp/gui.out" "$tmp/gui.err"
    [[ $rc -eq 124 ]] || fail "the GUI exited with $rc before the ${GUI_SECONDS}s timeout"
    ! grep -q 'Traceback' "$tmp/gui.err" || fail "traceback on the GUI's stderr"
    # Inside the event loop the app's excepthook logs errors instead of printing them.
    local log="$XDG_STATE_HOME/ehr-desktop/log/ehr-desktop.log"
    [[ -f "$log" ]] || fail "the GUI wrote no log ($log)"
    cat "$log"
    ! grep -Eq ' (ERROR|CRITICAL) ' "$log" || fail "errors in the GUI log"

    step "OK: $(du -sh "$APP_DIR" | cut -f1) in $APP_DIR"
}

if [[ "${1:-}" != "--test-only" ]]; then
    build
fi
smoke_test
