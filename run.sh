#!/usr/bin/env bash
# Starts EHR Desktop, creating .venv and installing the project the first time.
# Arguments are passed on: ./run.sh verify MyCompany.ehrvault
set -euo pipefail
cd "$(dirname "$0")"
source scripts/bootstrap.sh
ensure_venv ""
if [ "$#" -eq 0 ] && [ "$(uname -s)" = Linux ] && [ -n "${DISPLAY:-}" ]; then
    # Qt's X11 plugin needs a few xcb libraries that minimal Linux installs lack.
    xcb_plugin=$(.venv/bin/python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
    if [ -f "$xcb_plugin" ] && ldd "$xcb_plugin" | grep -q "not found"; then
        echo "Qt needs these system libraries for windows on X11:" >&2
        ldd "$xcb_plugin" | grep "not found" | awk '{print "  " $1}' >&2
        echo "On Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" >&2
    fi
fi
exec .venv/bin/ehr-desktop "$@"
