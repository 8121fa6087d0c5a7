"""Guess a text's language from its function words: enough to tell English, German and French
titles apart (BibTeX `langid`, RIS `LA`, CSL `language`), and honest about not knowing."""

from __future__ import annotations

import re

from converter.lexicon import LANGUAGE_CUES

WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str:
    """"en", "de", "fr", or "" when the words give no clear answer."""
    words = [w.lower() for w in WORD.findall(text)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in LANGUAGE_CUES.items()}
    best = max(scores, key=lambda lang: scores[lang])
    runner_up = max(score for lang, score in scores.items() if lang != best)
    if scores[best] == 0 or scores[best] == runner_up:
        return ""
    return best
