"""The text of a printed document, words joined by single spaces (what tests look for in a PDF)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pypdf


def pdf_text(source: bytes | Path) -> str:
    data = source.read_bytes() if isinstance(source, Path) else source
    pages = pypdf.PdfReader(BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())
