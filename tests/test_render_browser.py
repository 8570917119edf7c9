"""The June bulletin's HTML opened in headless Chromium: a screenshot, an A4 PDF and the DOM.

Chromium is found at ``/usr/bin/chromium`` or on ``PATH``. Without it the test is skipped,
unless ``PLANENGINE_REQUIRE_BROWSER=1``, in which case it fails. The screenshot and the PDF
are kept under ``artifacts/`` at the repository's root (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import planengine
from planengine.render import render_html
from planengine.reporting import Report, ReportKind

from .conftest import ROOT
from .test_render import JUNE_30, build

ARTIFACTS = ROOT / "artifacts"
TIMEOUT_SECONDS = 60
WINDOW = (1240, 1754)  # A4 at 150 dpi
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    """The Chromium executable, or a skip (a failure when a browser is required)."""
    found = "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None
    found = found or shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "headless Chromium is not installed (looked for /usr/bin/chromium and chromium on PATH)"
        if os.environ.get("PLANENGINE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}, and PLANENGINE_REQUIRE_BROWSER=1 requires it")
        pytest.skip(reason)
    return found


def run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [browser, *FLAGS, f"--user-data-dir={profile}", *args]
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"Chromium did not finish within {TIMEOUT_SECONDS} s: {' '.join(command)}")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_colours(data: bytes, rows: int = 400) -> set[bytes]:
    """The distinct pixel values in the first ``rows`` rows of an 8-bit RGB or RGBA PNG."""
    width, _height = png_size(data)
    bit_depth, colour_type = data[24], data[25]
    assert bit_depth == 8 and colour_type in (2, 6), (bit_depth, colour_type)
    channels = 3 if colour_type == 2 else 4
    chunks, offset = [], 8
    while offset < len(data):
        length = struct.unpack(">I", data[offset : offset + 4])[0]
        kind = data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    raw = zlib.decompressobj().decompress(b"".join(chunks), (1 + width * channels) * rows)
    stride = width * channels
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(min(rows, len(raw) // (stride + 1))):
        start = row * (stride + 1)
        line = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, channels)
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, channels * 7))
        previous = line
    return colours


def _unfilter(kind: int, line: bytearray, previous: bytearray, bpp: int) -> bytearray:
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = previous[i]
        corner = previous[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + predictor) & 0xFF
    return line


def test_the_june_bulletin_renders_in_chromium(tmp_path: Path) -> None:
    browser = chromium()
    report = build(JUNE_30, ReportKind.MONTHLY)
    page = tmp_path / "bulletin-2026-06.html"
    page.write_text(render_html(report), encoding="utf-8")
    url = page.as_uri()
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "bulletin-2026-06.png"
    pdf = ARTIFACTS / "bulletin-2026-06.pdf"
    for old in (png, pdf):
        old.unlink(missing_ok=True)

    run(browser, tmp_path / "profile-png", f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={png}", url)
    data = png.read_bytes()
    assert png_size(data) == WINDOW
    assert len(data) > 50_000, f"a {len(data)}-byte screenshot is too small to hold the page"
    colours = png_colours(data)
    assert len(colours) > 20, f"the screenshot looks blank: {len(colours)} colours"
    assert b"\xb7\x1c\x1c" in colours or any(c[0] > 150 and c[1] < 80 and c[2] < 80 for c in colours), (
        "the red rule under the header is not in the screenshot"
    )

    run(browser, tmp_path / "profile-pdf", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url)
    head = pdf.read_bytes()
    assert head.startswith(b"%PDF"), head[:16]
    assert b"/MediaBox [0 0 594.9" in head  # A4: 210 x 297 mm is 595 x 842 pt

    _assert_no_word_broken_mid_way(pdf, report)

    dom = run(browser, tmp_path / "profile-dom", "--dump-dom", url).stdout.decode("utf-8")
    assert report.title in dom
    assert "滞后" in dom and "正常" in dom
    assert dom.count('class="progress"') >= 23
    print(f"\nscreenshot: {png}\npdf: {pdf}")


def test_without_chromium_the_browser_test_skips_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "access", lambda *args: False)
    monkeypatch.setattr(shutil, "which", lambda *args: None)
    monkeypatch.delenv("PLANENGINE_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed"):
        chromium()
    monkeypatch.setenv("PLANENGINE_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="PLANENGINE_REQUIRE_BROWSER=1 requires it"):
        chromium()


def _assert_no_word_broken_mid_way(pdf: Path, report: Report) -> None:
    """Printed at A4, figures stay whole and an id breaks only after a dot or a hyphen (pdftotext reads it back)."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("PLANENGINE_REQUIRE_BROWSER"):
            pytest.fail("pdftotext (poppler-utils) is needed to read the printed page back")
        return
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    for line in report.targets:  # the numbers of every row, each on one line of the page
        for value in (line.actual, line.completion):
            if value is None:
                continue
            shown = (
                planengine.formatting.percent(value)
                if value is line.completion
                else planengine.formatting.amount(value, line.unit)
            )
            assert shown in text, f"{shown} is broken across lines in the printed page"
    pieces = set()
    for line in report.targets:
        for segment in line.target.split("."):
            parts = segment.split("-")  # a line may break after a hyphen: any run of parts is whole
            for i in range(len(parts)):
                for j in range(i + 1, len(parts) + 1):
                    run_ = "-".join(parts[i:j])
                    pieces.update({run_, f"{run_}-"} if j < len(parts) else {run_})
    for token in re.findall(r"[a-z][a-z0-9_.-]*[a-z0-9_.-]", text):
        if "." not in token:  # target ids are dotted; unit ids and the rest of a broken id are not checked here
            continue
        for piece in filter(None, token.split(".")):
            assert piece in pieces, f"an id is broken inside a word in the printed page: {token!r}"
