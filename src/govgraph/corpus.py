"""Reading the corpus: UTF-8 text files with an optional ``key: value`` header ended by ``---``.

All checks on input files (existence, size, encoding, emptiness, header) live here, so
every later stage can trust a Document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .records import DocumentInfo

#: Default size limit of one document; raise it with ``--max-bytes``.
DEFAULT_MAX_BYTES = 5_000_000

HEADER_KEYS = ("title", "source", "date", "language")
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]*)\s*:\s*(.*?)\s*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_UNKNOWN = {"", "unknown", "n/a", "none", "?"}


@dataclass(frozen=True)
class Document:
    """A document ready for the NLP stage.

    info (DocumentInfo): id and header metadata.
    text (str): the whole decoded file; offsets in records index this string.
    body_start (int): where the text after the header begins.
    body_end (int | None): where this part ends, for the parts of a long document.
    """

    info: DocumentInfo
    text: str
    body_start: int
    body_end: int | None = None

    @property
    def body(self) -> str:
        """The text after the header (or this part of it, for a part of a long document)."""
        return self.text[self.body_start : self.body_end]


def find_documents(paths: Iterable[Path | str]) -> list[tuple[Path, str]]:
    """List the text files to read, with their document ids.

    paths (Iterable[Path | str]): files and folders. A folder contributes every ``*.txt``
        below it, with the path relative to the folder as id; a file uses its name.
    RETURNS (list[tuple[Path, str]]): (file, doc_id) pairs sorted by id, ids unique.
    """
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            texts = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not texts:
                raise InputError(f"{path}: no .txt files in this folder", "add UTF-8 .txt files or name another folder")
            pairs = [(p, p.relative_to(path).as_posix()) for p in texts]
        elif path.is_file():
            pairs = [(path, path.name)]
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder", "name .txt files or folders")
        else:
            raise InputError(f"{path}: no such file or folder", "check the path")
        for file, doc_id in pairs:
            if doc_id in found and found[doc_id].resolve() != file.resolve():
                raise InputError(
                    f"{file}: document id {doc_id!r} is also used by {found[doc_id]}",
                    "give the files different names",
                )
            found[doc_id] = file
    return sorted(((file, doc_id) for doc_id, file in found.items()), key=lambda pair: pair[1])


def read_document(path: Path | str, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and check one corpus file.

    path (Path | str): the file.
    doc_id (str | None): its document id; the file name when None.
    max_bytes (int): the size limit.
    RETURNS (Document): the decoded text with its header parsed.
    RAISES (InputError): unreadable, too large, binary, not UTF-8, empty or a malformed header.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: {size:,} bytes is over the limit of {max_bytes:,} bytes",
                "split the file or raise the limit with --max-bytes",
            )
        data = path.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a text file", "name the folder itself to read its .txt files")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})", "check that it exists and is readable")
    return parse_document(data, doc_id or path.name, source_name=str(path))


def parse_document(data: bytes, doc_id: str, source_name: str | None = None) -> Document:
    """Decode and check a document's bytes; the pure part of read_document.

    data (bytes): the file's content.
    doc_id (str): the document id.
    source_name (str | None): what to call the input in messages (defaults to doc_id).
    RETURNS (Document): the checked document.
    RAISES (InputError): binary, not UTF-8, empty or a malformed header.
    """
    name = source_name or doc_id
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at {nul})", "give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise InputError(f"{name}: not UTF-8 (byte 0x{bad} at {error.start})", "re-save the file as UTF-8")
    header, body_start = _parse_header(text, name)
    if not text[body_start:].strip():
        raise InputError(f"{name}: no text to read", "the file is empty or has only a header")
    info = DocumentInfo(
        doc_id=doc_id,
        title=header.get("title") or None,
        source=header.get("source") or None,
        date=_header_date(header.get("date"), name),
        language=_header_language(header.get("language"), name),
    )
    return Document(info=info, text=text, body_start=body_start)


#: Long documents are processed in parts of about this many characters (paragraph bounds):
#: the model's memory grows with a Doc's length, about 3 GB for a million characters.
PART_CHARS = 100_000


def split_document(document: Document, part_chars: int = PART_CHARS) -> list[Document]:
    """Cut a long document's body into parts at paragraph breaks (else line or sentence ends).

    Each part keeps the whole file text, so offsets still index the file.
    document (Document): the document.
    part_chars (int): the largest part, in characters (a paragraph longer than this is cut
        at its last sentence end or line break before the limit).
    RETURNS (list[Document]): the parts in order; the document itself when short enough.
    """
    end = len(document.text) if document.body_end is None else document.body_end
    if end - document.body_start <= part_chars:
        return [document]
    parts = []
    start = document.body_start
    while end - start > part_chars:
        window = document.text[start : start + part_chars]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        cut = start + (cut + 1 if cut > part_chars // 4 else part_chars)
        parts.append(Document(document.info, document.text, start, cut))
        start = cut
    parts.append(Document(document.info, document.text, start, end))
    return parts


def _parse_header(text: str, name: str) -> tuple[dict[str, str], int]:
    """Split off an optional header; return its fields and where the body starts."""
    lines = text.splitlines(keepends=True)
    first = _HEADER_LINE.match(lines[0]) if lines else None
    if not first or first.group(1).lower() not in HEADER_KEYS:
        return {}, 0
    fields: dict[str, str] = {}
    offset = 0
    for number, line in enumerate(lines, start=1):
        offset += len(line)
        stripped = line.strip()
        if stripped == "---":
            return fields, offset
        match = _HEADER_LINE.match(line)
        if not match:
            raise InputError(
                f"{name}: malformed header at line {number} (expected 'key: value' or '---')",
                "end the header with a line '---' or remove it",
            )
        fields[match.group(1).lower()] = match.group(2)
    raise InputError(f"{name}: header is not closed by a '---' line", "add '---' after the header lines")


def _header_date(value: str | None, name: str) -> str | None:
    if value is None or value.strip().lower() in _UNKNOWN:
        return None
    if not _DATE.match(value.strip()):
        raise InputError(f"{name}: header date {value!r} is not ISO 8601", "write it as YYYY-MM-DD, YYYY-MM or YYYY")
    return value.strip()


def _header_language(value: str | None, name: str) -> str:
    if value is None or not value.strip():
        return "en"
    if not _LANGUAGE.match(value.strip()):
        raise InputError(f"{name}: header language {value!r} is not a language tag", "write a BCP 47 tag such as en")
    return value.strip().lower()
