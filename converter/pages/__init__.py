"""Page reading: a page (copied text or saved HTML) -> PageContent: the chapter header and cite line,
its sections, and its numbered lists cut into notes, reference entries and abbreviations."""
