"""The files of the plugin tutorial (docs/plugins.md), extracted from its code blocks.

A block whose info string names a file (```python file=src/x.py) is that file of the
tutorial's package. Used by tests/test_docs.py and by .ci/run, which installs the package
for real: ``python tests/tutorial_files.py DEST``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"
_BLOCK = re.compile(r"^```\w+ file=(\S+)\n(.*?)^```", re.S | re.M)


def tutorial_files() -> dict[str, str]:
    """File path inside the package -> its text, in the order the tutorial gives them."""
    return {path: text for path, text in _BLOCK.findall(DOC.read_text(encoding="utf-8"))}


def extract(destination: Path) -> Path:
    """Write the tutorial's package under ``destination``; returns the package folder."""
    package = destination / "planengine-per-capita"
    for path, text in tutorial_files().items():
        target = package / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return package


if __name__ == "__main__":
    print(extract(Path(sys.argv[1])))
