# Shared by run.sh and test.sh: find Python 3.11+, create .venv, install the project when
# pyproject.toml changed since the last install. Sourced, not executed.

find_python() {
    for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3 python; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "EHR Desktop needs Python 3.11 or newer; none was found on PATH." >&2
    return 1
}

ensure_venv() {  # $1: extras, e.g. "" or "dev"
    local extras="$1" python stamp wanted
    if [ ! -x .venv/bin/python ]; then
        python=$(find_python)
        echo "Creating .venv with $python …"
        "$python" -m venv .venv
    fi
    stamp=".venv/.ehr-installed"
    wanted="$(cat pyproject.toml | sha256sum | cut -c1-16) [$extras]"
    if [ ! -f "$stamp" ] || ! grep -qxF "$wanted" "$stamp"; then
        echo "Installing EHR Desktop${extras:+ with [$extras]} into .venv …"
        .venv/bin/python -m pip install --quiet --upgrade pip
        if [ -n "$extras" ]; then
            .venv/bin/python -m pip install --quiet -e ".[$extras]"
        else
            .venv/bin/python -m pip install --quiet -e .
        fi
        echo "$wanted" >> "$stamp"
    fi
}
