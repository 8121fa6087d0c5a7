"""Converting one input: read it, parse it, write its outputs atomically. Never raises for a bad page: the
error is in the result, so that one page cannot stop a batch."""

from __future__ import annotations

from functools import lru_cache

from converter.errors import ConversionError
from converter.run.inputs import read_input
from converter.run.options import BatchOptions
from converter.run.output import write_atomic
from converter.run.plan import Task
from converter.run.results import FileResult
from converter.writers import write


def parse_document(text: str, abbreviations: tuple[tuple[str, str], ...] = (), bibliography: str | None = None):
    from converter.reader import parse_page  # lazy: keeps `chap2bib --help` fast

    works = loaded_bibliography(bibliography) if bibliography else None
    return parse_page(text, dict(abbreviations) or None, works)


@lru_cache(maxsize=2)
def loaded_bibliography(path: str):
    """A bibliography file's works, read once per process (a worker converts many pages)."""
    from converter.sources.bibliography import load_bibliography

    return tuple(load_bibliography(path))


def convert_task(task: Task, options: BatchOptions) -> FileResult:
    """One input -> its outputs. Never raises for a bad page: the error is in the result."""
    result = FileResult(task.path, warnings=list(task.warnings))
    if task.error:
        result.error = task.error
        return result
    try:
        page = read_input(task.path, options.max_bytes)
        if page.warning:
            result.warnings.append(page.warning)
        document = parse_document(page.text, options.abbreviations, options.bibliography)
        if not document.has_chapter:
            result.warnings.append(f"{task.path}: no chapter header found: its notes and works are written "
                                   "without a chapter record")
        result.notes, result.works = len(document.notes), len(document.works)
        result.problems = [{"kind": p.kind, "note": p.note, "message": p.message, "text": p.text}
                           for p in document.problems]
        if options.combine:
            result.document = document
            return result
        for format_name in options.formats:
            text = write(document, format_name, options.write_options)
            target = task.targets.get(format_name)
            if target is None:
                result.outputs[format_name] = text
            else:
                write_atomic(target, text)
                result.written.append(target)
    except ConversionError as error:
        result.error = str(error.with_source(task.path))
    except OSError as error:
        where = f" {error.filename}" if getattr(error, "filename", None) else ""
        result.error = f"{task.path}: cannot write output{where} ({error.strerror or error})"
    except MemoryError:
        result.error = f"{task.path}: out of memory while converting this page"
    except RecursionError:
        result.error = f"{task.path}: internal error (too deeply nested); please report this page"
    except Exception as error:  # a parser bug must not stop the batch; report it as such
        result.error = f"{task.path}: internal error ({type(error).__name__}: {error}); please report this page"
    return result


def convert_chunk(tasks: list[Task], options: BatchOptions) -> list[FileResult]:
    return [convert_task(task, options) for task in tasks]
