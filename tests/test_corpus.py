"""The corpus reader: headers, ids, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph.corpus import find_documents, parse_document, read_document
from govgraph.errors import InputError

pytestmark = pytest.mark.issue(2)


def test_header_is_parsed_and_offsets_index_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: A summit\nsource: Example Wire\ndate: 2024-05-07\n---\nLeaders met.\n", encoding="utf-8")
    document = read_document(path)
    assert document.info.title == "A summit"
    assert document.info.source == "Example Wire"
    assert document.info.date == "2024-05-07"
    assert document.info.language == "en"
    assert document.text[document.body_start :] == "Leaders met.\n"
    assert document.body == "Leaders met.\n"


def test_no_header_means_body_from_the_start() -> None:
    document = parse_document("Paris: talks resumed.".encode(), "x.txt")
    assert document.body_start == 0 and document.info.title is None


def test_unknown_date_is_none() -> None:
    document = parse_document(b"title: T\ndate: unknown\n---\nText here.", "x.txt")
    assert document.info.date is None


def test_seed_copy_has_its_header(seed_path: Path) -> None:
    document = read_document(seed_path)
    assert document.info.source == "Global Times"
    assert document.info.date == "2024-05-07"
    assert document.body.startswith("China, France release joint declaration")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "x.txt: no text to read; the file is empty or has only a header"),
        (b"   \n\n", "x.txt: no text to read; the file is empty or has only a header"),
        (b"title: T\n---\n", "x.txt: no text to read; the file is empty or has only a header"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "x.txt: binary file (NUL byte at 8); give a UTF-8 text file"),
        (b"caf\xe9 talks", "x.txt: not UTF-8 (byte 0xe9 at 3); re-save the file as UTF-8"),
        (b"title: T\nsource: S\nBody without a rule.", "x.txt: malformed header at line 3 (expected 'key: value' or '---'); end the header with a line '---' or remove it"),
        (b"title: T\nsource: S\n", "x.txt: header is not closed by a '---' line; add '---' after the header lines"),
        (b"title: T\ndate: 7 May\n---\nText.", "x.txt: header date '7 May' is not ISO 8601; write it as YYYY-MM-DD, YYYY-MM or YYYY"),
    ],
)
def test_bad_input_gets_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_document(data, "x.txt")
    assert str(caught.value) == message


def test_size_limit_names_the_flag(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 100 bytes; split the file or raise the limit with --max-bytes"):
        read_document(path, max_bytes=100)


def test_missing_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        find_documents([tmp_path / "nowhere"])
    with pytest.raises(InputError, match="no .txt files in this folder"):
        find_documents([tmp_path])


def test_ids_are_paths_relative_to_the_folder(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [doc_id for _, doc_id in find_documents([tmp_path])] == ["a.txt", "news/b.txt"]
    assert [doc_id for _, doc_id in find_documents([tmp_path / "news" / "b.txt"])] == ["b.txt"]


def test_byte_order_mark_is_dropped() -> None:
    document = parse_document("\ufeffHello world.".encode("utf-8"), "x.txt")
    assert document.text == "Hello world."


@pytest.mark.issue(6)
def test_long_documents_are_split_at_paragraphs_and_keep_file_offsets() -> None:
    from govgraph.corpus import split_document

    paragraph = "Leaders met in Rome. They agreed to talk again.\n\n"
    document = parse_document(("title: T\n---\n" + paragraph * 40).encode(), "long.txt")
    parts = split_document(document, part_chars=300)
    assert len(parts) > 1
    assert "".join(part.body for part in parts) == document.body
    assert all(part.body.endswith("\n") for part in parts[:-1])
    assert parts[0].body_start == document.body_start
    assert split_document(document, part_chars=10_000) == [document]


@pytest.mark.issue(6)
def test_records_of_parts_merge_into_one_set() -> None:
    from govgraph.records import Actor, ActorRef, DocumentInfo, DocumentRecords, Evidence, Role, merge_records

    ana = ActorRef("Person", "Ana Ruiz")
    land = ActorRef("Country", "Freedonia")
    info = DocumentInfo("a.txt")
    first = DocumentRecords(info, actors=(Actor(ana, "a.txt", aliases=("Ruiz",)), Actor(land, "a.txt")), roles=(Role(ana, "President", land, Evidence("a.txt", "s", 0, 1)),))
    second = DocumentRecords(info, actors=(Actor(ana, "a.txt", aliases=("Ms Ruiz",)),), roles=(Role(ana, "President", land, Evidence("a.txt", "t", 5, 6)),))
    merged = merge_records([first, second])
    assert [a.aliases for a in merged.actors if a.ref == ana] == [("Ms Ruiz", "Ruiz")]
    assert len(merged.roles) == 1
