"""Where the test data lives."""

from pathlib import Path

TESTS = Path(__file__).parent
ROOT = TESTS.parent
EXAMPLES = ROOT / "examples"
EXAMPLE = EXAMPLES / "kraus1982-springer-chapter.txt"
CASES = TESTS / "cases"


def deny_reading(monkeypatch, path) -> None:
    """Make open(path) fail as the kernel does for a file we may not read (chmod 000 does not stop
    root, who runs CI): the same code path runs either way."""
    import builtins

    real_open = builtins.open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)


def zip_archive(page_text: str) -> bytes:
    """A ZIP archive holding one page: what a user may drop into a folder of pages by mistake."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", page_text)
    return buffer.getvalue()


def page_with_note(note: str) -> str:
    """A chapter page of our own with one note."""
    return ("A Chapter on Planning\n\n  • Chapter\n\nPlanning in China\n\nNotes\n\n"
            f"  1. {note}\n\nCite this chapter\n\nKraus, W. (1982). A Chapter on Planning. In: Planning in China. "
            "Springer, New York, NY. https://doi.org/10.1007/978-1-4612-5728-8_3\n")
