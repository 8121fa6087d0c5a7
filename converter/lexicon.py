"""Every multilingual word list and shared pattern the readers use, in one place.

Adding a language is an edit here (or in a file of `data/`): the readers build their patterns
from these tables and never spell a list of their own (tests/test_lexicon.py fails if one does).

Two kinds of data:
- the small closed lists below (years, editor and translator marks, et al., same-author words, back references,
  signals, locator labels, months, name particles, page chrome), as printed, in the case printed where it matters;
- open word lists in `data/<name>.txt` (surnames, given names, places, publishers, corporate and journal words,
  title vocabulary), read once by `table(name)`: words a line, "#" comments, "-" starts an ending; compared folded.

Where languages differ in what they print, a `*_BY_LANGUAGE` table gives each language's forms as printed, the
usual one first, and the flat list the readers use is derived from it, with the variants no language prefers
("(Hrsg)", "et. al."). The training generator (converter/train) prints its marks from these tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def merged(by_language: dict[str, tuple[str, ...]], *more: str) -> tuple[str, ...]:
    """The flat list of a per-language table: every language's forms, then `more`, each once."""
    return tuple(dict.fromkeys(form for forms in (*by_language.values(), more) for form in forms))


def lowered(forms) -> tuple[str, ...]:
    return tuple(dict.fromkeys(form.lower() for form in forms))


# -- open word lists (read first: some lists below live in data/) -----------------------------------

FOLD_MAP = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
# Apostrophes vary by typesetter (’ ' ʻ ` ʼ ‘ ´ ′); "´" must go before NFKD turns it into " ́".
APOSTROPHES = str.maketrans("", "", "\u2019'\u02bb`\u02bc\u2018\u00b4\u2032")


@lru_cache(maxsize=65536)  # pure, and a page repeats its names; bounded, so a long batch stays flat
def fold(text: str) -> str:
    """Comparison form: lowercase, no diacritics, no apostrophes; "Schräm" -> "schram"."""
    if text.isascii():  # nothing to decompose, and FOLD_MAP holds no ASCII letter
        return text.lower().translate(APOSTROPHES)
    text = text.lower().translate(APOSTROPHES).translate(FOLD_MAP)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # NFKD can produce new capitals, apostrophes or foldable letters ("ŉ" -> "ʼn"): fold once more.
    return text.lower().translate(APOSTROPHES).translate(FOLD_MAP)


@cache
def table(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, endings) of `data/<name>.txt`, folded; a line's words are split on white space unless
    the file's first comment says `# one entry per line` (places and publishers of several words)."""
    words: set[str] = set()
    endings: list[str] = []
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    whole_lines = bool(lines) and lines[0].lower().startswith("# one entry per line")
    for line in lines:
        if line.lstrip().startswith("#") or not line.strip():
            continue
        for item in [line.strip()] if whole_lines else line.split():
            if item.startswith("-") and len(item) > 1:
                endings.append(fold(item[1:]))
            else:
                words.add(fold(item))
    return frozenset(words), tuple(endings)


def words(name: str) -> frozenset[str]:
    """The folded entries of `data/<name>.txt`."""
    return table(name)[0]


# -- years ------------------------------------------------------------------------------------------

# A four-digit year of a printed work, 1500-2099 (a bare number outside it is a page or a count).
YEAR = r"1[5-9]\d\d|20\d\d"
YEAR_RE = re.compile(rf"(?<!\d)(?:{YEAR})(?!\d)")
# "no date" ("o.J." matches "o. J." too: see `pattern`); "s.a.": sine anno, "s.f.": sin fecha.
NO_DATE_BY_LANGUAGE = {"en": ("n.d.",), "de": ("o.J.",), "fr": ("s.d.",), "it": ("s.d.", "s.a."),
                       "es": ("s.f.", "s.d."), "pt": ("s.d.",)}
NO_DATE = merged(NO_DATE_BY_LANGUAGE)
# Works not yet out, printed where the year would be ("sous presse", "in stampa": CSL's French and
# Italian "in press").
NOT_YET = ("in press", "forthcoming", "im Druck", "in Vorbereitung", "à paraître", "in corso di stampa",
           "no prelo", "en prensa", "sous presse", "in stampa")

# -- who made it ------------------------------------------------------------------------------------

# Editor marks after names ("Smith (ed.)", "Müller (Hrsg.)", "Rossi (a cura di)"), as printed;
# bracketed or not is the citation's business. A language may print another's ("(ed.)" in German).
EDITOR_MARKS_AFTER_BY_LANGUAGE = {
    "en": ("ed.", "eds."), "de": ("Hrsg.", "Hg.", "Hgg.", "ed."), "fr": ("dir.", "éd.", "éds."),
    "it": ("a cura di", "cur.", "a c. di", "ed."), "es": ("ed.", "eds.", "coord.", "coords.", "comp.", "comps."),
    "pt": ("org.", "orgs.", "coord.", "coords.", "ed."),
}
# The plural of a mark, where its language has one (German "Hrsg." serves several editors too).
EDITOR_MARK_PLURALS = {"ed.": "eds.", "Hg.": "Hgg.", "éd.": "éds.", "coord.": "coords.", "comp.": "comps.",
                       "org.": "orgs."}
# Lower-cased; bare forms without their stop, and rare ones, are read too.
EDITOR_MARKS_AFTER = lowered(merged(EDITOR_MARKS_AFTER_BY_LANGUAGE, "ed", "eds", "edd.", "editor", "editors",
                                    "hrsgg.", "hrsg", "hg"))
# Editor marks before names ("edited by", "hrsg. von", "a cura di"), lower-case.
EDITOR_MARKS_BEFORE_BY_LANGUAGE = {
    "en": ("edited by", "ed.", "ed. by", "eds."),
    "de": ("hrsg. v.", "hrsg. von", "hg. v.", "hg. von", "herausgegeben von"),
    "fr": ("éd. par", "sous la direction de", "édité par", "sous la dir. de", "dir. par", "éd."),
    "it": ("a cura di", "a c. di"), "es": ("editado por", "ed.", "ed. por"),
    "pt": ("organizado por", "org. por", "ed."),
}
EDITOR_MARKS_BEFORE = merged(EDITOR_MARKS_BEFORE_BY_LANGUAGE)
# Translator marks before names, as printed ("aus dem Englischen von").
TRANSLATOR_MARKS_BY_LANGUAGE = {
    "en": ("trans.", "translated by", "tr.", "transl."),
    "de": ("übers. v.", "übers. von", "übersetzt von", "aus dem Englischen von", "übers."),
    "fr": ("trad.", "traduit par", "trad. par"), "it": ("trad.", "traduzione di", "trad. di", "tradotto da"),
    "es": ("trad. de", "traducción de"), "pt": ("trad.", "traduzido por"),
}
TRANSLATOR_MARKS = lowered(merged(TRANSLATOR_MARKS_BY_LANGUAGE))
# "et al." and its cousins, as printed; ET_AL holds them as word sequences (lower-case), with a
# misprint, Dutch "e.a." and forms written out.
ET_AL_BY_LANGUAGE = {"en": ("et al.", "et al"), "de": ("u.a.", "u. a.", "et al."), "fr": ("et al.", "et alii"),
                     "it": ("et al.", "e altri", "et al"), "es": ("et al.", "y otros"), "pt": ("et al.", "e outros")}
ET_AL = tuple(dict.fromkeys(tuple(phrase.split()) for phrase in lowered(merged(
    ET_AL_BY_LANGUAGE, "et. al.", "et alia", "e. a.", "e.a.", "and others", "und andere", "et autres"))))
# The author of the citation before ("ders. 1980", "Idem, op. cit."), as printed at a note's start;
# SAME_AUTHOR is lower-case, with forms without their stop and Latin's other genders and numbers.
SAME_AUTHOR_BY_LANGUAGE = {
    "en": ("Id.", "Idem"), "de": ("Ders.", "Dies.", "Derselbe", "Dieselbe", "Dieselben"), "fr": ("Id.", "Idem"),
    "it": ("Id.", "Idem"), "es": ("Íd.", "Id.", "Ídem"), "pt": ("Id.", "Idem"),
}
SAME_AUTHOR = lowered(merged(SAME_AUTHOR_BY_LANGUAGE, "ders", "dies", "eadem", "ead.", "eid.", "iidem", "eaedem",
                             "idd."))
# Words that join two authors ("Smith and Jones", "Müller/Schulz" is a slash).
AUTHOR_CONNECTORS = ("and", "&", "und", "et", "y", "e", "u.")
# Non-dropping particles of family names ("van Dijk", "de La Fontaine"), lower-case.
PARTICLES = (
    "van", "von", "de", "der", "den", "des", "da", "di", "du", "del", "della", "dos", "das", "do", "la", "le",
    "ten", "ter", "te", "zu", "zum", "zur", "vom", "al", "el", "bin", "ibn", "degli", "dei", "d'", "d’",
)
# Particles that are as often articles or prepositions of running text ("Geschichte des Rheinbundes
# 1806", "zum Mauerbau 1961"): a scan back from a year does not take them into a name.
PARTICLES_IN_PROSE = ("des", "das", "do", "della", "degli", "dei", "te", "zum", "zur", "vom", "al", "el", "bin",
                      "ibn", "d'", "d’")
SUFFIXES = ("Jr.", "Jr", "Sr.", "Sr", "Jun.", "Sen.", "II", "III", "IV")
# Lower-case words an institution's name may contain ("Bureau of the Census", "Amt für Statistik").
CORPORATE_CONNECTIVES = (
    "of", "for", "the", "and", "on", "in", "at", "to", "&", "des", "der", "die", "das", "für", "fur", "und", "de",
    "du", "la", "le", "les", "et", "pour", "van", "voor", "en", "het", "y", "e", "del", "della", "di", "da", "do",
    "dos", "das", "per", "para", "por", "sur", "zur", "los", "las", "el", "il", "dei", "degli", "delle",
)

# -- back references --------------------------------------------------------------------------------

# The work cited last ("Ibid., p. 20"), as printed at a note's start; SAME_WORK is lower-case,
# without the full stop.
SAME_WORK_BY_LANGUAGE = {"en": ("Ibid.", "Ibidem"), "de": ("Ebd.", "Ebenda", "Ibid.", "Ebda."),
                         "fr": ("Ibid.", "Ibidem"), "it": ("Ivi", "Ibidem", "Ibid."), "es": ("Ibid.", "Ibídem"),
                         "pt": ("Ibid.", "Ibidem")}
SAME_WORK = tuple(dict.fromkeys(word.rstrip(".") for word in lowered(merged(SAME_WORK_BY_LANGUAGE, "ib.", "ibd."))))
# That author's work cited last ("Smith, op. cit., p. 4"), as printed (case-insensitive).
EARLIER_WORK_BY_LANGUAGE = {"en": ("op. cit.", "loc. cit."), "de": ("a.a.O.", "op. cit."),
                            "fr": ("op. cit.", "art. cit.", "ouvr. cit."), "it": ("cit.", "op. cit."),
                            "es": ("op. cit.",), "pt": ("op. cit.",)}
EARLIER_WORK = merged(EARLIER_WORK_BY_LANGUAGE, "op. cit", "loc. cit", "a.a.O", "l.c.")

# -- signals ----------------------------------------------------------------------------------------

# Words before a citation that say how it supports the text; kept as the citation's prefix. As
# printed inside a sentence (a note's first word is capitalized). SIGNALS has them longest first,
# so that an alternation tries "cf. also" before "cf.".
SIGNALS_BY_LANGUAGE = {
    "en": ("see", "see also", "cf.", "cf. also", "compare", "see, e.g.,", "see esp.", "for example,", "quoted in",
           "cited in", "but see", "as cited in", "cited according to", "quoted according to", "according to",
           "cf. esp.", "cf. for the following,", "for the following, see", "e.g.,", "e.g.", "esp.", "also", "contra"),
    "de": ("vgl.", "vgl. auch", "vgl. dazu", "vgl. hierzu", "vgl. etwa", "vgl. z.B.", "siehe", "siehe auch",
           "zit. nach", "zitiert nach", "zit. in", "nach"),
    "fr": ("voir", "voir aussi", "cf.", "cf. aussi", "voir notamment", "cité dans", "cité par", "sur ce point, voir"),
    "it": ("cfr.", "cfr. anche", "si veda", "si vedano", "vedi", "cit. in"),
    "es": ("véase", "véase también", "cf.", "ver", "ver también", "citado en"),
    "pt": ("ver", "ver também", "cf.", "apud", "citado em", "conferir"),
}
SIGNALS = tuple(sorted(merged(SIGNALS_BY_LANGUAGE), key=len, reverse=True))
# Words that can stand capitalized before a year without being an author ("In 1955", "Since 1949"),
# a signal's first word among them ("Véase Pérez 1990": the name starts after the signal).
NOT_NAMES = tuple(sorted(words("not_names") | {signal.split()[0] for signal in SIGNALS}))
# After these, names describe a document ("book of Wymondham, 1663"); not the particles "de", "von".
OF_WORDS = ("of", "della", "delle", "degli", "dei")

# -- locators ---------------------------------------------------------------------------------------

# Printed locator label -> CSL locator label. "Art." is left out on purpose: in notes "Art. 60"
# names a constitution's article cited as a work of its own, not a place inside the work before it.
LOCATOR_LABELS: dict[str, str] = {
    "p.": "page", "pp.": "page", "S.": "page", "SS.": "page", "pag.": "page", "pagg.": "page", "pág.": "page",
    "págs.": "page", "Vol.": "volume", "vol.": "volume", "Vols.": "volume", "vols.": "volume", "Bd.": "volume",
    "Bde.": "volume", "Jg.": "volume", "chap.": "chapter", "Chap.": "chapter", "ch.": "chapter",
    "Kap.": "chapter", "cap.": "chapter", "n.": "note", "note": "note", "Fn.": "note", "fn.": "note",
    "Anm.": "note", "nota": "note", "table": "table", "Table": "table", "Tab.": "table", "tab.": "table",
    "fig.": "figure", "Fig.": "figure", "Abb.": "figure", "col.": "column", "cols.": "column", "Sp.": "column",
    "Pt.": "part", "pt.": "part", "Part": "part", "Teil": "part", "sec.": "section", "Sec.": "section",
    "§": "section", "§§": "section", "t.": "volume", "v.": "volume",
}
# The labels each language prints in its notes (LOCATOR_LABELS says what each names).
LOCATOR_LABELS_BY_LANGUAGE = {
    "en": ("p.", "pp.", "vol.", "Vol.", "n.", "note", "chap.", "col."),
    "de": ("S.", "Bd.", "Jg.", "Anm.", "Fn.", "Kap.", "Sp."),
    "fr": ("p.", "pp.", "t.", "vol.", "n.", "note", "chap.", "col."),
    "it": ("p.", "pp.", "pag.", "vol.", "n.", "nota", "cap.", "col."),
    "es": ("p.", "pp.", "pág.", "vol.", "t.", "n.", "nota", "cap.", "col."),
    "pt": ("p.", "v.", "vol.", "n.", "nota", "cap.", "col."),
}
# Labels followed by a list of values ("pp. 81, 86").
LOCATOR_LIST_LABELS = ("pp.", "S.", "SS.", "cols.", "Sp.", "pagg.", "págs.")
# Named parts of an issue or book, as printed before the pages they contain.
SECTION_WORDS = ("Supplement", "Suppl.", "Appendix", "Annex", "Introduction", "Preface", "Foreword",
                 "Anhang", "Beilage", "Einleitung", "Vorwort")

# -- dates ------------------------------------------------------------------------------------------

# Month spellings -> month number. Abbreviations carry their full stop (optional when matching).
# Lower-case spellings (French, Italian, Portuguese, Spanish print months so) are also accepted
# capitalized, at a sentence's start; capitalized ones are not accepted in lower case, so that
# English "may" in running text is no month.
MONTHS: dict[str, int] = {
    # English
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "Mar.": 3, "April": 4, "Apr.": 4,
    "May": 5, "June": 6, "Jun.": 6, "July": 7, "Jul.": 7, "August": 8, "Aug.": 8, "September": 9,
    "Sept.": 9, "Sep.": 9, "October": 10, "Oct.": 10, "November": 11, "Nov.": 11, "December": 12, "Dec.": 12,
    # German (spellings shared with English are listed once above)
    "Januar": 1, "Jänner": 1, "Februar": 2, "Febr.": 2, "März": 3, "Mai": 5, "Juni": 6, "Juli": 7,
    "Oktober": 10, "Okt.": 10, "Dezember": 12, "Dez.": 12,
    # French
    "janvier": 1, "janv.": 1, "février": 2, "févr.": 2, "mars": 3, "avril": 4, "avr.": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10,
    "novembre": 11, "nov.": 11, "décembre": 12, "déc.": 12,
}

# -- languages --------------------------------------------------------------------------------------

# Function words that tell a title's language (BibTeX langid, RIS LA, CSL language).
LANGUAGE_CUES = {
    "en": {"the", "of", "and", "in", "to", "a", "is", "was", "for", "on", "with", "as", "by", "from", "its"},
    "de": {"der", "die", "das", "und", "des", "im", "in", "den", "zur", "zum", "von", "mit", "ein", "eine",
           "neuen", "über", "für", "auf", "dem", "ist", "nach", "bei", "als", "aus"},
    "fr": {"le", "la", "les", "des", "et", "du", "de", "un", "une", "en", "au", "aux", "pour", "dans", "sur"},
}

# Lower-case words inside a capitalized periodical title ("Journal of the ...", "Zeitschrift für ...").
TITLE_SMALL_WORDS = ("of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "les", "der", "die",
                     "das", "und", "für", "zur", "zum", "di", "del", "della")
# Words a record id skips when it is made from a title ("communistchina", not "thecommunist").
ID_STOP_WORDS = ("the", "a", "an", "of", "and", "in", "on", "der", "die", "das", "und", "im", "le", "la", "les")

# -- abbreviations ----------------------------------------------------------------------------------

# Words whose full stop ends no sentence in a reference ("Proc. of", "J. Am. Chem. Soc.", "Vol. 2"), folded.
ABBREVIATIONS = tuple((
    "vs st dr mr mrs ms no nos vol vols nr bd pp proc int conf symp j jr sr trans transl rev dept "
    "univ inst natl nat acad sci soc assoc am eur e.g i.e ca cf al fig ch chap co inc corp ltd ges wiss"
).split())
# Serial and volume words after which a small number ends a sentence ("Vol. 1. New Delhi").
VOLUME_WORDS = tuple("vol vols no nr bd band heft h part pt t tome".split())
# Abbreviated given names and role words whose full stop ends no author list ("Ch.", "Wm.", "Hrsg.").
NAME_ABBREVIATIONS = ("ch.", "th.", "wm.", "jr.", "sr.", "ed.", "eds.", "fr.", "st.", "hg.", "hrsg.", "chas.")
# What may follow a publisher's name after a comma ("Wiley, Inc.", "Springer, GmbH").
CORPORATE_TAILS = tuple("Inc. Inc Ltd Ltd. LLC GmbH AG Co. S.A. B.V. plc".split())
# Lower-case words a publisher's name or a place may contain ("Presses universitaires de France").
PUBLISHER_CONNECTIVES = tuple(
    "of the and & für und de du la le des der die das for in on at et am an im bei upon sur en".split()
)

# -- page layout ------------------------------------------------------------------------------------

# What publishers' pages print around their notes and references (headings, page kinds, chrome lines, link
# words) grows with every layout read: it lives in data/page_layout.txt, one "[name]" section per list.
LAYOUT_SECTION = re.compile(r"^\[([a-z ]+)\]$")


@cache
def sections(file_name: str) -> dict[str, tuple[str, ...]]:
    """The "[name]" sections of data/<file_name>.txt, one entry a line, in file order, as printed."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (DATA / f"{file_name}.txt").read_text(encoding="utf-8").splitlines():
        section = LAYOUT_SECTION.match(line)
        if section:
            current = sections.setdefault(section[1], [])
        elif line.strip() and not line.startswith("#"):
            current.append(line.strip())
    return {name: tuple(entries) for name, entries in sections.items()}


def layout(name: str) -> tuple[str, ...]:
    """The entries of one section of data/page_layout.txt, in file order, as printed."""
    return sections("page_layout")[name]


NOTES_HEADINGS = layout("notes headings")
REFERENCES_HEADINGS = layout("references headings")
ABBREVIATION_HEADINGS = layout("abbreviation headings")
TAIL_HEADINGS = layout("tail headings")
CITE_HEADINGS = layout("cite headings")
ABSTRACT_HEADINGS = layout("abstract headings")
KEYWORD_HEADINGS = layout("keyword headings")
ABSTRACT_END_HEADINGS = layout("abstract end headings")
EDITOR_HEADINGS = layout("editor headings")
CONTENT_END_HEADINGS = layout("content end headings")
# The line by a page's title that says what kind of item it is -> the model's type (a CSL type).
PAGE_KINDS = dict(tuple(part.strip() for part in entry.split(" = ", 1)) for entry in layout("page kinds"))
# Whole lines that are page chrome (a regex over a line, lower case): never part of any field.
CHROME_LINE = "^(?:" + "|".join(layout("chrome lines")) + ")$"
LINK_WORDS = layout("link words")
LINK_TARGETS = layout("link targets")
# Link words no title ends with: a run of link words holding one is cut from an entry's end.
LINK_WORDS_DISTINCTIVE = tuple(w for w in LINK_WORDS if w not in layout("generic link words"))

# Cambridge Core numbers the footnotes of older articles per printed page: "page 85 note 1".
PAGE_NOTE_LABEL = r"page\s+(?P<page>[\dxivlc]{1,6})\s+note\s+(?P<number>\d{1,7})"
# The heading of one chapter's group in a book's notes section ("Chapter 4: The Grain Levy", "Kapitel 2",
# "Part II"): it ends the note before it.
PART_HEADING = (r"(?:chapter|ch\.|kapitel|chapitre|capítulo|capitolo|part|teil|partie|parte|book|buch|livre)"
                r"\s+(?:[\dIVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*[:.–—-]\s*\S.*)?$")


# -- patterns built from the lists --------------------------------------------------------------------


def pattern(phrases) -> str:
    """A regex alternation of printed phrases, longest first. After a full stop a space may or may not
    follow ("n.d." matches "n. d."); between words any run of spaces is one ("in  press")."""
    alternatives = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [w for w in re.split(r"(?<=\.)\s*|\s+", phrase) if w]
        regex = ""
        for index, word in enumerate(words):
            if index:
                regex += r"\s?" if words[index - 1].endswith(".") else r"\s+"
            regex += re.escape(word)
        alternatives.append(regex)
    return "(?:" + "|".join(alternatives) + ")"


# "(eds.)" after names, "edited by" before them, "trans." before a translator: case-insensitive patterns.
EDITOR_MARK = rf"{pattern(m.rstrip('.') for m in EDITOR_MARKS_AFTER)}\.?(?![^\W\d_])"
EDITOR_MARK_DOTTED = pattern(m for m in EDITOR_MARKS_AFTER if m.endswith("."))  # ", ed." (", Ed" is a name)
EDITED_BY = pattern(EDITOR_MARKS_BEFORE)
TRANSLATED_BY = pattern(TRANSLATOR_MARKS)
EARLIER_WORK_MARK = pattern(EARLIER_WORK)
# A line made of link words only, in any combination and spacing ("CrossRef  MathSciNet  Google Scholar",
# "Web of Science ®", "PubMed | Google Scholar"). Matched against a whole line, case-insensitive.
# Taylor & Francis brackets each one: "[Taylor & Francis Online], [Web of Science ®], [Google Scholar]".
# One character class between the words, so that the pattern stays linear on long runs of spaces.
LINK_SEPARATOR = r"[\s®™\[\]|·•,;/]*"
# A link word ends where no lower-case letter follows: "CrossRefGoogle Scholar" is two (copies glue them),
# "Mathematics" is none. Case-sensitive inside the case-insensitive whole.
LINK_END = r"(?-i:(?![^\W\d_A-Z]))"
LINK_RUN = rf"\[?(?:{pattern(LINK_WORDS + LINK_TARGETS)}{LINK_END}{LINK_SEPARATOR})+"
LINK_LINE = LINK_RUN
# The same run at the end of an entry's text, after what ends an entry (a full stop, bracket or number).
LINK_TAIL = rf"(?<=[.)\]\d])\s*{LINK_RUN}$"
LINK_DISTINCTIVE = pattern(LINK_WORDS_DISTINCTIVE)


# == labeller features ===========================================================================
# Added for converter/labeller/features.py (a word seen here is a hint to the labeller, never a
# rule). Lower-case, as printed; multi-word entries are matched token by token. The lead may move
# these up into the sections above.

# Months in Italian, Spanish and Portuguese (MONTHS has English, German and French).
MONTHS_MORE: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9,
    "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "genn.": 1, "febbr.": 2, "sett.": 9, "ott.": 10, "dic.": 12, "ene.": 1, "set.": 9, "out.": 10,
    "dez.": 12,
}
# Words of an edition statement ("2nd ed.", "3. Aufl.", "2e éd. revue", "nuova ed. riveduta"): the
# words for "edition" first, then the ones that say what is new about it.
EDITION_WORDS = ("ed.", "edn.", "edn", "edition", "aufl.", "auflage", "ausg.", "ausgabe", "éd.", "édition",
                 "edizione", "edición", "edição")
EDITION_MARKS = EDITION_WORDS + sections("marks")["edition"]
# Kinds of work printed in a reference ("PhD thesis", "Diss.", "Working paper", "tesi di laurea").
GENRE_MARKS = sections("marks")["genre"]
# Labels of a periodical's volume and issue ("Vol. 12, No. 3", "Jg. 5, H. 2", "n. 4", "núm. 7").
SERIAL_MARKS = sections("marks")["serial"]
# Words before a date of access or an address ("accessed 3 May 2020", "abgerufen am", "consulté le").
ACCESS_MARKS = sections("marks")["access"]
# Letters printed after an ordinal number ("2nd", "3rd", "2e", "3ème", "2a", "2ª", "1º"), lower-case.
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "eme", "me", "a", "o", "ª", "º")
# "In" before the book or journal that holds a work ("In: Müller (Hg.)", "in Smith (ed.)",
# "dans", "en", "em"), lower-case; a hint only where it follows a separator or precedes a colon.
CONTAINER_MARKS = ("in", "dans", "en", "em")
