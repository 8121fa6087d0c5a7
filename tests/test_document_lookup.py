"""Document.work: the chapter or a work by id, KeyError for an id no work has."""

import pytest

from converter.model import Document, Work


def test_work_by_id():
    chapter, first, second = Work(id="ch"), Work(id="a1990", title="A"), Work(id="b1991", title="B")
    document = Document(chapter=chapter, works=(first, second))
    assert (document.work("ch"), document.work("a1990"), document.work("b1991")) == (chapter, first, second)
    with pytest.raises(KeyError):
        document.work("c1992")
