"""examples/dask_convert.py on a 2-worker LocalCluster gives the files the CLI gives."""

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.distributed")

from click.testing import CliRunner  # noqa: E402

from converter.cli import main  # noqa: E402

ROOT = Path(__file__).parents[2]
EXAMPLE_TEXT = (ROOT / "examples" / "kraus1982-springer-chapter.txt").read_text(encoding="utf-8")
TITLE = "Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957"


def load_example(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def pages(tmp_path) -> Path:
    folder = tmp_path / "pages"
    for n in range(6):
        (folder / f"part{n % 2}").mkdir(parents=True, exist_ok=True)
        page = EXAMPLE_TEXT.replace(TITLE, f"Chapter {n}").replace("978-1-4612-5728-8_3", f"978-1-4612-5728-8_{n}")
        (folder / f"part{n % 2}" / f"chapter{n}.txt").write_text(page, encoding="utf-8")
    (folder / "part0" / "chapter0.txt").rename(folder / "part0" / "same.txt")
    (folder / "part1" / "chapter1.txt").rename(folder / "part1" / "same.txt")  # two inputs, one name
    (folder / "part1" / "broken.txt").write_text("not a chapter page\n", encoding="utf-8")
    return folder


def test_dask_example_on_a_two_worker_local_cluster(pages, tmp_path):
    dask_convert = load_example("dask_convert")
    results = dask_convert.run([str(pages)], str(tmp_path / "dask"), "ris", workers=2, processes=True)
    assert len(results) == 7
    assert [r.error for r in results if r.error] == [f"{pages / 'part1' / 'broken.txt'}: no chapter title found: "
                                                     "this does not look like a chapter page"]
    assert sum(r.notes for r in results) == 6 * 153

    cli = CliRunner().invoke(main, [str(pages), "-r", "-f", "ris", "-o", str(tmp_path / "cli")])
    assert cli.exit_code == 1
    names = sorted(p.name for p in (tmp_path / "dask").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert "same.ris" in names and "same-2.ris" in names and len(names) == 6
    for name in names:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()


def test_convert_folder_example(pages, tmp_path):
    convert_folder = load_example("convert_folder")
    assert convert_folder.main([str(pages), str(tmp_path / "out"), "-f", "bibtex"]) == 1
    assert len(list((tmp_path / "out").iterdir())) == 6
    assert convert_folder.main([str(pages), str(tmp_path / "one"), "-f", "bibtex", "--one-by-one"]) == 1
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == [
        "part0-chapter2.bib", "part0-chapter4.bib", "part0-same.bib", "part1-chapter3.bib", "part1-chapter5.bib",
        "part1-same.bib"]
    assert convert_folder.main([str(pages), str(tmp_path / "all.ris"), "--combine"]) == 1
    assert (tmp_path / "all.ris").read_bytes().count(b"TY  - CHAP") == 6
