"""Allows `python -m ehr_desktop`."""

from ehr_desktop.cli import main

raise SystemExit(main())
