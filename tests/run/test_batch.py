"""Batches: output names, directories, --format all, --combine, --report, --jobs, worker crashes,
atomic output under Ctrl-C / SIGTERM / SIGKILL, and the library API for scripts."""

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import converter
from converter.cli import main
from converter.run import combine as combine_module
from converter.run import convert, output, plan, workers
from converter.run.batch import run_batch
from converter.run.options import BatchOptions
from converter.writers import FORMATTED, WRITERS

EXAMPLE = Path(__file__).parents[2] / "examples" / "kraus1982-springer-chapter.txt"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
TITLE = "Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957"


def variant(n: int, notes: list[tuple[int, str]] | None = None, author: str = "Meyer, K.", year: int = 1990) -> str:
    """Another chapter: its own title, author, year and DOI; the example's notes unless given."""
    text = EXAMPLE_TEXT.replace(TITLE, f"Chapter {n} on Planning").replace("Kraus, W. (1982)", f"{author} ({year})")
    text = text.replace("978-1-4612-5728-8_3", f"978-1-4612-5728-8_{n + 100}")
    if notes is not None:
        start = text.index("\nNote\n") + len("\nNote\n")
        end = text.index("Download references")
        body = "".join(f"\n  {number}. {note}\n\n    Google Scholar \n" for number, note in notes)
        text = text[:start] + body + "\n" + text[end:]
    return text


def write_pages(folder: Path, count: int, prefix: str = "page") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"{prefix}{n:03d}.txt"
        path.write_text(variant(n), encoding="utf-8")
        paths.append(path)
    return paths


def run(args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


COMPLETE = {  # how each output file ends when it is whole
    ".json": lambda text: json.loads(text) is not None,
    ".ris": lambda text: text.startswith("TY  - ") and text.endswith("ER  - \r\n"),
    ".bib": lambda text: text.startswith("@") and text.endswith("}\n"),
    ".rdf": lambda text: text.startswith("<?xml") and text.endswith("</rdf:RDF>\n"),
    ".html": lambda text: text.startswith("<!DOCTYPE html>") and text.endswith("</html>\n"),
}


def complete(path: Path) -> bool:
    return COMPLETE[path.suffix](path.read_bytes().decode("utf-8"))  # bytes: keep RIS's CRLF


# -- names ---------------------------------------------------------------------------------------------

def test_one_output_per_input_named_after_its_stem(tmp_path):
    pages = write_pages(tmp_path / "pages", 3)
    result = run([*pages, "-f", "ris", "-o", tmp_path / "out"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["page000.ris", "page001.ris", "page002.ris"]
    assert re.fullmatch(r"3 pages, 459 notes, 429 works, \d+ problems, 0 failed, [\d.]+ s\n", result.stderr)


def test_same_stem_from_two_folders_gets_a_suffix_and_a_warning(tmp_path):
    first, second = tmp_path / "a" / "ch.txt", tmp_path / "b" / "ch.txt"
    for path, n in ((first, 1), (second, 2)):
        path.parent.mkdir()
        path.write_text(variant(n), encoding="utf-8")
    third = tmp_path / "CH.txt"  # a case-insensitive file system would make it the same file
    third.write_text(variant(3), encoding="utf-8")
    result = run([first, second, third, "-f", "all", "-o", tmp_path / "out"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[:2] == [
        f"Warning: {second}: same name as {first}; written as ch-2.*",
        f"Warning: {third}: same name as {first}; written as CH-3.*",
    ]
    out = tmp_path / "out"
    for stem, n in (("ch", 1), ("ch-2", 2), ("CH-3", 3)):
        assert json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))["chapter"]["title"] == f"Chapter {n} on Planning"
    assert len(list(out.iterdir())) == 3 * len([f for f in WRITERS if f not in FORMATTED])


def test_the_same_file_twice_is_converted_once(tmp_path):
    result = run([EXAMPLE, EXAMPLE, "-o", tmp_path / "out"])  # two inputs given: -o is a directory
    assert result.exit_code == 0
    assert result.stderr.startswith(f"Warning: {EXAMPLE}: given more than once (as {EXAMPLE}); converted once\n")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["kraus1982-springer-chapter.json"]


def test_outputs_never_leave_the_output_directory(tmp_path):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    page = tmp_path / "deep" / "er" / "..page.txt"
    page.write_text(EXAMPLE_TEXT, encoding="utf-8")
    out = tmp_path / "deep" / "out"
    result = run([f"{tmp_path}/deep/er/../er/..page.txt", "-f", "ris", "-o", f"{out}/"])
    assert result.exit_code == 0
    assert [p.name for p in out.iterdir()] == ["..page.ris"]
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["er", "out"]


def test_an_output_that_would_replace_an_input_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = out / "page.json"  # `chap2bib out/* -f json -o out/`: its output is itself
    victim.write_text(EXAMPLE_TEXT, encoding="utf-8")
    result = run([victim, EXAMPLE, "-f", "json", "-o", out])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {victim}: its output {victim} would overwrite the input {victim}"
    assert victim.read_text(encoding="utf-8") == EXAMPLE_TEXT
    assert (out / "kraus1982-springer-chapter.json").is_file()


def test_a_single_output_file_that_is_the_input_is_refused(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(EXAMPLE_TEXT, encoding="utf-8")
    result = run([page, "-f", "ris", "-o", page])
    assert result.exit_code == 1
    assert page.read_text(encoding="utf-8") == EXAMPLE_TEXT


# -- directories and formats ------------------------------------------------------------------------------

def test_directories_with_r_are_walked_in_order_skipping_hidden_and_browser_folders(tmp_path):
    pages = tmp_path / "pages"
    write_pages(pages / "b", 1, "second")
    write_pages(pages / "a", 1, "first")
    write_pages(pages / ".hidden", 1, "hidden")
    (pages / "saved.html").write_text("<!DOCTYPE html><html></html>", encoding="utf-8")
    write_pages(pages / "saved_files", 1, "frame")  # the browser's folder of the saved page
    (pages / "notes.md").write_text("not a page", encoding="utf-8")
    (pages / ".draft.txt").write_text("not a page", encoding="utf-8")
    tasks = list(plan.expand_inputs([str(pages)], recursive=True))
    assert [Path(t.path).relative_to(pages).as_posix() for t in tasks] == [
        "saved.html", "a/first000.txt", "b/second000.txt",
    ]


def test_a_directory_without_pages(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run([tmp_path / "empty", EXAMPLE, "-r", "-o", tmp_path / "out"])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'empty'}: no pages in this directory (looked for .txt, .text, .html, .htm)" in result.stderr


def test_format_all_writes_every_format_side_by_side(tmp_path):
    write_pages(tmp_path / "pages", 2)
    result = run([tmp_path / "pages", "-r", "-f", "all", "-o", tmp_path / "out"])
    assert result.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(f"page00{n}.{WRITERS[f].EXTENSION}" for n in range(2) for f in WRITERS if f not in FORMATTED)
    assert all(complete(p) for p in (tmp_path / "out").iterdir())


# -- --combine ------------------------------------------------------------------------------------------

SECOND_NOTES = [(1, "Grossmann 1960, p. 9."), (2, "Smith 1990, p. 1."), (3, "B. Grossmann 1960, p. 2.")]


def test_combine_merges_works_cited_by_two_chapters(tmp_path):
    second = tmp_path / "meyer.txt"
    second.write_text(variant(1, SECOND_NOTES), encoding="utf-8")
    out = tmp_path / "both.ris"
    result = run([EXAMPLE, second, "-f", "ris", "--combine", "-o", out])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.rstrip().endswith("; combined into 147 records")  # 2 chapters, 143 + 2 works
    import rispy

    records = rispy.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 147
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert ids[0] == "kraus1982adoption" and ids[144] == "meyer1990chapter"
    by_id = {r["id"]: r for r in records}
    grossmann = by_id["grossmann1960"]["notes"]
    assert grossmann[-1].startswith("Cited in Kraus 1982 as “Grossmann 1960”, note ")
    assert grossmann[-1].endswith(". Cited in Meyer 1990 as “Grossmann 1960”, note 1 (p. 9).")
    assert by_id["grossmann1960-2"]["authors"] == ["Grossmann, B."]  # same key, another work: re-keyed
    assert by_id["grossmann1960-2"]["notes"] == ["Cited in Meyer 1990 as “B. Grossmann 1960”, note 3 (p. 2)."]
    assert ids[145:] == ["smith1990", "grossmann1960-2"]


def test_combine_what_and_no_citation_notes(tmp_path):
    second = tmp_path / "meyer.txt"
    second.write_text(variant(1, SECOND_NOTES), encoding="utf-8")
    chapters = run([EXAMPLE, second, "-f", "csl-json", "--combine", "--what", "chapter"])
    assert [item["id"] for item in json.loads(chapters.stdout)] == ["kraus1982adoption", "meyer1990chapter"]
    works = json.loads(run([EXAMPLE, second, "-f", "csl-json", "--combine", "--what", "works",
                            "--no-citation-notes"]).stdout)
    assert len(works) == 145 and not any("Cited in" in item.get("note", "") for item in works)


def test_combine_all_formats_into_a_directory(tmp_path):
    second = tmp_path / "meyer.txt"
    second.write_text(variant(1, SECOND_NOTES), encoding="utf-8")
    result = run([EXAMPLE, second, "-f", "all", "--combine", "-o", tmp_path / "out"])
    assert result.exit_code == 0
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == sorted(f"combined.{w.EXTENSION}" for name, w in WRITERS.items() if name not in ("json", "html", *FORMATTED))
    assert all(complete(p) for p in (tmp_path / "out").iterdir())


def test_combine_keeps_a_repeated_chapter_once(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(EXAMPLE_TEXT, encoding="utf-8")
    result = run([EXAMPLE, copy, "-f", "ris", "--combine"])
    assert result.exit_code == 0
    assert f"Warning: {copy}: same chapter as {EXAMPLE}; combined once" in result.stderr
    assert result.stdout.count("TY  - CHAP") == 1


def test_combine_work_key_is_identity_strict_key():
    from converter.model import Date, Name, Work
    from converter.notes.reference import PERSON, Reference
    from converter.resolve.keys import strict_key

    work = Work(id="x", authors=(Name("Schräm", "Stuart"),), issued=Date((1974,)), year_suffix="a")
    same = Reference(PERSON, "Stuart Schram 1974a", authors=(Name("Schram", "Stuart"),), date=Date((1974,)),
                     year_suffix="a")
    assert combine_module.work_key(work) == strict_key(same)


# -- report, summary, progress ---------------------------------------------------------------------------

def test_report_lists_every_file_with_its_problems_and_the_summary(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = run([EXAMPLE, bad, "-f", "ris", "-o", tmp_path / "out", "--report", report])
    assert result.exit_code == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    good, failed = data["files"]
    assert good["path"] == str(EXAMPLE) and good["status"] == "converted" and good["notes"] == 153
    assert good["outputs"] == [str(tmp_path / "out" / "kraus1982-springer-chapter.ris")]
    assert {"kind", "note", "message", "text"} <= set(good["problems"][0])
    assert failed == {"path": str(bad), "status": "failed", "error": f"{bad}: no chapter title found: this does "
                      "not look like a chapter page", "warnings": [], "notes": 0, "works": 0, "outputs": [],
                      "problems": []}
    summary = data["summary"]
    assert summary["pages"] == 2 and summary["failed"] == 1 and summary["exit_code"] == 1
    assert summary["problems"] == len(good["problems"])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".chap2bib-")]


def test_report_to_a_missing_directory_is_a_usage_error(tmp_path):
    result = run([EXAMPLE, "--report", tmp_path / "no" / "report.json"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: cannot write the report {tmp_path / 'no' / 'report.json'}: no directory {tmp_path / 'no'}\n"


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path):
    pages = write_pages(tmp_path / "pages", 2)
    quiet = run([*pages, "-o", tmp_path / "a", "--jobs", "1"])
    assert "Converting" not in quiet.stderr  # CliRunner's stderr is no terminal
    shown = run([*pages, "-o", tmp_path / "b", "--progress", "--jobs", "1"])
    assert "Converting" in shown.stderr and shown.stderr.rstrip().splitlines()[-1].startswith("2 pages,")
    assert "\x1b" not in shown.stderr  # no terminal: no escape sequences in a log file


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_appears_by_itself_on_a_terminal(tmp_path):
    pages = [str(p) for p in write_pages(tmp_path / "pages", 2)]
    on_terminal, in_a_file = Terminal(), io.StringIO()
    run_batch(pages, BatchOptions(output=str(tmp_path / "a"), jobs=1), stderr=on_terminal)
    run_batch(pages, BatchOptions(output=str(tmp_path / "b"), jobs=1), stderr=in_a_file)
    assert "Converting" in on_terminal.getvalue() and "2/2" in on_terminal.getvalue()
    assert "Converting" not in in_a_file.getvalue()
    assert in_a_file.getvalue().startswith("2 pages, ")


def test_quiet_drops_the_summary(tmp_path):
    pages = write_pages(tmp_path / "pages", 2)
    assert run([*pages, "-o", tmp_path / "out", "-q"]).stderr == ""


# -- processes --------------------------------------------------------------------------------------------

def test_jobs_2_writes_the_same_files_as_jobs_1(tmp_path):
    pages = write_pages(tmp_path / "pages", workers.MIN_PARALLEL + 4)
    bad = tmp_path / "pages" / "page005.txt"
    bad.write_text("not a page\n", encoding="utf-8")
    one = run([*pages, "-f", "ris", "-o", tmp_path / "one", "--jobs", "1"])
    two = run([*pages, "-f", "ris", "-o", tmp_path / "two", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert error_and_warning_lines(one) == error_and_warning_lines(two) == [f"Error: {bad}: no chapter title found: "
                                                                            "this does not look like a chapter page"]
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir()) and len(names) == len(pages) - 1
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def error_and_warning_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("Error: ", "Warning: "))]


def test_a_worker_that_dies_loses_no_other_page(tmp_path, monkeypatch):
    """A page that kills its worker process (a crash in a C library, the OOM killer) is the only
    failure; every other page, also those the dead worker had in hand, is converted."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the crash is injected by monkeypatching, which only fork carries into workers")
    real = convert.parse_document

    def crash_on_marker(text, *options):
        if "CRASH-THIS-WORKER" in text:
            os._exit(70)
        return real(text, *options)

    monkeypatch.setattr(convert, "parse_document", crash_on_marker)
    pages = write_pages(tmp_path / "pages", 40)
    pages[17].write_text(variant(17) + "\nCRASH-THIS-WORKER\n", encoding="utf-8")
    # The pool stops the other workers when one dies; a page being written at that moment may leave its
    # hidden temporary file (removed by the next run into the folder), never a partial output.
    assert_only_the_crashing_page_failed(pages, 17, tmp_path / "out")


def assert_only_the_crashing_page_failed(pages: list[Path], crashing: int, out: Path) -> None:
    outcome = run_batch([str(p) for p in pages], BatchOptions(format_name="ris", output=str(out), jobs=2))
    assert outcome.failures == [f"{pages[crashing]}: the process converting this page died (out of memory, "
                                "or a crash); the other pages are not affected"]
    assert sorted(p.name for p in out.glob("*.ris")) == sorted(
        f"{p.stem}.ris" for i, p in enumerate(pages) if i != crashing)
    assert outcome.pages == len(pages)



class PoolThatBreaksOnAMarker:
    """Stands in for ProcessPoolExecutor, run in this process: sending a chunk holding the marker page
    breaks the pool, so the next `submit` raises as a real pool does once a worker has died. With a
    real pool that moment is a race; here it is certain."""

    def __init__(self, max_workers=None, initializer=None):
        self.broken = False

    def submit(self, fn, chunk, options):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        if self.broken:
            raise BrokenProcessPool("a child process terminated abruptly")
        future = Future()
        if any("CRASH-THIS-WORKER" in Path(task.path).read_text(encoding="utf-8") for task in chunk):
            self.broken = True
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result(fn(chunk, options))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_a_pool_found_broken_when_sending_the_next_chunk_loses_no_other_page(tmp_path, monkeypatch):
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", PoolThatBreaksOnAMarker)
    pages = write_pages(tmp_path / "pages", 40)
    pages[17].write_text(variant(17) + "\nCRASH-THIS-WORKER\n", encoding="utf-8")
    assert_only_the_crashing_page_failed(pages, 17, tmp_path / "out")


# -- atomic output and interruption ------------------------------------------------------------------------

def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "page.ris"
    target.write_text("old", encoding="utf-8")

    def fail(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        output.write_atomic(str(target), "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.ris"]


def test_a_file_that_cannot_be_written_fails_alone(tmp_path):
    pages = write_pages(tmp_path / "pages", 3)
    out = tmp_path / "out"
    (out / "page001.ris").mkdir(parents=True)  # a folder where the output file should go
    result = run([*pages, "-f", "ris", "-o", out, "--jobs", "1"])
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert line.startswith(f"Error: {pages[1]}: cannot write output")
    assert (out / "page000.ris").is_file() and (out / "page002.ris").is_file()


def test_stale_temporaries_of_dead_processes_are_removed_at_the_next_run(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / f".chap2bib-{dead.pid}-0123456789ab.tmp"
    live = out / f".chap2bib-{os.getpid()}-0123456789ab.tmp"  # a run still writing: not ours to touch
    stale.write_text("half a rec", encoding="utf-8")
    live.write_text("half a rec", encoding="utf-8")
    result = run([EXAMPLE, "-f", "ris", "-o", f"{out}/"])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([live.name, "kraus1982-springer-chapter.ris"])


def cli_process(args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from converter.cli import main; main()", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **kwargs)


@pytest.mark.parametrize("how", ["SIGINT to the group (Ctrl-C)", "SIGTERM to the parent", "SIGKILL to the group"])
def test_an_interrupted_run_leaves_only_complete_files(tmp_path, how):
    pages = write_pages(tmp_path / "pages", 240)
    out = tmp_path / "out"
    process = cli_process([tmp_path / "pages", "-r", "-f", "all", "-o", out, "--jobs", "2"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and len(os.listdir(out)) >= 60:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the run ended before it could be interrupted"
    if how.startswith("SIGINT"):
        os.killpg(process.pid, signal.SIGINT)
    elif how.startswith("SIGTERM"):
        process.send_signal(signal.SIGTERM)
    else:
        os.killpg(process.pid, signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    stderr = stderr.decode("utf-8")
    assert "Traceback" not in stderr, stderr

    files = [p for p in out.iterdir() if not p.name.startswith(".chap2bib-")]
    temporaries = [p for p in out.iterdir() if p.name.startswith(".chap2bib-")]
    assert 0 < len(files) < len(pages) * len([f for f in WRITERS if f not in FORMATTED])
    incomplete = [p.name for p in files if not complete(p)]
    assert incomplete == []
    if how.startswith("SIGKILL"):
        assert process.returncode == -signal.SIGKILL
        time.sleep(0.2)  # the killed workers' own exits
        rerun = run([EXAMPLE, "-f", "ris", "-o", out, "-q"])  # the next run clears what SIGKILL left
        assert rerun.exit_code == 0
        assert not [p for p in out.iterdir() if p.name.startswith(".chap2bib-")]
    else:
        signum = signal.SIGINT if how.startswith("SIGINT") else signal.SIGTERM
        assert process.returncode == 128 + signum
        assert stderr.rstrip().endswith("Error: interrupted; the files written so far are complete")
        assert temporaries == []


# -- the library API for scripts --------------------------------------------------------------------------

def test_parse_stays_the_function_once_the_reader_is_imported():
    import converter.reader  # noqa: F401  (binds the submodule as an attribute of the package)

    assert callable(converter.parse) and converter.parse.__name__ == "parse"
    assert converter.parse(EXAMPLE_TEXT).chapter.id == "kraus1982adoption"


def test_library_functions(tmp_path):
    assert converter.parse_file(str(EXAMPLE)) == converter.parse(EXAMPLE_TEXT)
    assert converter.convert_file(str(EXAMPLE), "ris") == converter.convert(EXAMPLE_TEXT, "ris")
    bad = tmp_path / "bad.txt"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(converter.ConversionError) as error:
        converter.parse_file(str(bad))
    assert str(error.value) == f"{bad}: no chapter title found: this does not look like a chapter page"
    outcome = converter.convert_files([str(EXAMPLE), str(bad)], str(tmp_path / "out"), "bibtex", jobs=1)
    assert outcome.exit_code == 1 and outcome.pages == 2 and len(outcome.failures) == 1
    assert outcome.written == [str(tmp_path / "out" / "kraus1982-springer-chapter.bib")]
    combined = converter.combine_documents([converter.parse_file(str(EXAMPLE)), converter.parse(variant(1, SECOND_NOTES))])
    assert converter.write_combined(combined, "ris").count("TY  - ") == 147
