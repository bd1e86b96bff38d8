"""Fills unfinished entries of a .ts file from a JSON map {source: translation} (bulk translating).

python scripts/fill_translations.py resources/translations/ehr_desktop_zh_CN.ts zh.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" and source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main() -> int:
    ts_path, map_path = Path(sys.argv[1]), Path(sys.argv[2])
    filled, missing = fill(ts_path, json.loads(map_path.read_text("utf-8")))
    print(f"filled {filled}; still unfinished {len(missing)}")
    for source in missing:
        print("  -", source)
    return 0 if not missing else 1


if __name__ == "__main__":
    raise SystemExit(main())
