"""English and science hand templates: Springer LNCS entries, author-colon-year entries,
hand-written English full notes ("J. Smith, The Title (London: Macmillan, 1970), 12") and
editor-year entries ("Smith (ed.) 1970").

Books without "In:", whose title and publisher could pass for a container: LNCS books
("Author, A.: Title. Publisher, Place (Year)", `lncs_book_entry`) and Springer-basic / Vancouver
articles whose title holds a colon and whose journal is an abbreviation without stops ("Smith JA
(2005) Cost-benefit analysis: a review. J Econ Hist 12:34–56", `springer_basic_entry`);
supplements and electronic pages there: "8(Suppl 2):S52–S58" (issue "Suppl 1"), "e1234"."""

from __future__ import annotations

import random

from converter.labeller import tokens as T
from converter.train import fields as F
from converter.train import forms, names, records, titles, venues
from converter.train.builder import Builder
from converter.train.wordlists import entries


def lncs_entry(rng: random.Random) -> tuple[Builder, bool]:
    """ "Author, A., Author, B.: Title. In: Editor, K. (ed.) CONF 2005. LNCS, vol. 3456,
    pp. 1–10. Springer, Heidelberg (2005)" and the journal form "Journal 12(3), 45–67 (1990)"."""
    lang = "en"
    record = F.new_record(rng, rng.choice(("en", "en", "de")), ("paper-conference", "article-journal", "book"),
                          (55, 30, 15))
    people, label = F.creators(record)
    b = Builder()
    most = rng.choice((3, 4, 6))
    names_text = forms.name_list(people, lang, rng, "inverted-initials", max_names=most, connector=", ")
    b.add(names_text, label)
    b.add(": ")
    F.add_title(b, record["title"])
    year = F.year(record, rng, lang)
    kind = record["type"]
    if kind == "paper-conference":
        b.add("In: ")
        editors = record.get("editor") or names.people(rng, lang, rng.choice((1, 2, 3)))
        b.add(forms.name_list(editors, lang, rng, "inverted-initials", max_names=2, connector=", ")
              + (" (eds.)" if len(editors) > 1 else " (ed.)"), T.EDITOR).add(" ")
        short = venues.conference_short(rng, int(year[:4]) if year[:4].isdigit() else None)
        b.add(short, T.CONTAINER).add(". ")
        series = rng.choice(("LNCS", "LNAI", "CCIS", "LNBIP"))
        b.add(f"{series}, vol. {rng.randint(1000, 14000)}", T.COLLECTION).add(", ")
        b.add(f"pp. {F.page_range(record, rng).replace('-', '–')}", T.PAGES).add(". ")
        b.add("Springer", T.PUBLISHER).add(", ")
        b.add(rng.choice(("Heidelberg", "Berlin", "Cham", "Berlin, Heidelberg")), T.PLACE)
        b.add(" (").add(year, T.DATE).add(")")
    elif kind == "article-journal" and rng.random() < 0.15:
        # A preprint: "arXiv preprint arXiv:2003.07760 (2020)", or the id alone.
        if rng.random() < 0.6:
            b.add("arXiv preprint", T.GENRE).add(" ")
        identifier = arxiv_id(rng, year)
        b.add(identifier, T.IDENTIFIER).add(" (").add("20" + identifier[6:8], T.DATE).add(")")
        return b, False
    elif kind == "article-journal":
        b.add(record["container-title"], T.CONTAINER).add(" ").add(F.volume(record, rng), T.VOLUME)
        if record.get("issue"):
            b.add("(").add(record["issue"], T.ISSUE).add(")")
        b.add(", ").add(F.page_range(record, rng).replace("-", "–"), T.PAGES).add(" (").add(year, T.DATE).add(")")
    else:
        b.add(record["publisher"], T.PUBLISHER).add(", ").add(record["publisher-place"], T.PLACE)
        b.add(" (").add(year, T.DATE).add(")")
    if record.get("DOI") and rng.random() < 0.5:
        b.add(". ").add(f"https://doi.org/{record['DOI']}", T.IDENTIFIER)
    return b, False


def arxiv_id(rng: random.Random, year: str) -> str:
    """ "arXiv:2003.07760" (year and month, then a sequence number), sometimes with its version;
    the entry prints the id's year."""
    yy = year[2:4] if year[:4].isdigit() and year[:4] >= "2007" else str(rng.randint(10, 24))
    version = f"v{rng.randint(1, 4)}" if rng.random() < 0.2 else ""
    return f"arXiv:{yy}{rng.randint(1, 12):02d}.{rng.randint(1, 19999):05d}{version}"


def colon_year_entry(rng: random.Random, lang: str = "en") -> tuple[Builder, bool]:
    """ "Abbott, J. 2009: Title. Journal 3 (2): 281-299." (geography, anthropology)."""
    record = F.new_record(rng, lang, ("article-journal", "book", "chapter"), (55, 25, 20))
    people, label = F.creators(record)
    b = Builder()
    connector = rng.choice((" and ", " & "))
    b.add(forms.name_list(people, lang, rng, "inverted-initials", "initials-first", connector=connector), label)
    if label == T.EDITOR:
        b.add(" (ed.)", T.EDITOR)
    b.add(" ").add(F.year(record, rng, lang), T.DATE).add(": ")
    F.add_title(b, record["title"])
    kind = record["type"]
    if kind == "article-journal":
        b.add(record["container-title"], T.CONTAINER).add(" ").add(F.volume(record, rng), T.VOLUME)
        if record.get("issue"):
            b.add(" (").add(record["issue"], T.ISSUE).add(")")
        b.add(": ").add(F.page_range(record, rng), T.PAGES)
    elif kind == "chapter":
        b.add("In ")
        editors = record.get("editor") or names.people(rng, lang, 1)
        b.add(forms.name_list(editors, lang, rng, "initials-first", connector=" and ")
              + (" (eds)" if len(editors) > 1 else " (ed.)"), T.EDITOR).add(", ")
        F.add_title(b, record["container-title"], T.CONTAINER, then=". ")
        b.add(record["publisher-place"], T.PLACE).add(": ").add(record["publisher"], T.PUBLISHER)
        b.add(", ").add(F.page_range(record, rng), T.PAGES)
    else:
        b.add(record["publisher-place"], T.PLACE).add(": ").add(record["publisher"], T.PUBLISHER)
    return b, False


def english_full_note(rng: random.Random) -> tuple[Builder, bool]:
    """ "J. Smith, The Title (London: Macmillan, 1970), 12" and "J. Smith, 'Title', Journal 12
    (1990), 45-67, at 50" and "in K. Jones (ed.), Book (Oxford, 1980), pp. 3-34"."""
    lang = "en"
    record = F.new_record(rng, rng.choice(("en", "en", "en", "de", "fr")), ("book", "chapter", "article-journal"),
                          (45, 25, 30))
    people, label = F.creators(record)
    b = Builder()
    form, connector = rng.choice(("initials-first", "natural")), rng.choice((" and ", " & "))
    b.add(forms.name_list(people, lang, rng, form, connector=connector), label)
    if label == T.EDITOR:
        b.add(" " + forms.editor_after(people, lang, rng), T.EDITOR)
    b.add(", ")
    kind = record["type"]
    quotes = rng.choice((("‘", "’"), ("“", "”"), ("'", "'"))) if kind != "book" else None
    b.add(quotes[0] if quotes else "").add(record["title"], T.TITLE)
    if kind == "article-journal":
        b.add((",’" if quotes[1] == "’" else "," + quotes[1]) if rng.random() < 0.5 else quotes[1] + ",").add(" ")
        b.add(record["container-title"], T.CONTAINER).add(" ").add(F.volume(record, rng), T.VOLUME)
        b.add(" (").add(F.year(record, rng, lang), T.DATE).add("), ")
        b.add(F.page_range(record, rng), T.PAGES)
        has_locator = rng.random() < 0.7
        if has_locator:
            b.add(rng.choice((", at ", ", ", ": "))).add(forms.locator(rng, lang), T.LOCATOR)
        return b, has_locator
    if kind == "book" and rng.random() < 0.1:
        translators = record.get("translator") or names.people(rng, lang, 1)
        b.add(", ").add(forms.translator_phrase(translators, lang, rng), T.TRANSLATOR)
    if kind == "chapter":
        b.add(quotes[1] + ", in ")
        editors = record.get("editor") or names.people(rng, lang, 1)
        b.add(forms.name_list(editors, lang, rng, "initials-first", connector=" and ") + " "
              + forms.editor_after(editors, lang, rng), T.EDITOR).add(", ")
        b.add(record["container-title"], T.CONTAINER)
    b.add(" (").add(record["publisher-place"], T.PLACE)
    if rng.random() < 0.6:
        b.add(": ").add(record["publisher"], T.PUBLISHER)
    b.add(", ").add(F.year(record, rng, lang), T.DATE).add(")")
    if kind == "book" and rng.random() < 0.06:
        b.add(", ").add(forms.remark(lang, rng), T.NOTE)
    if kind == "chapter" and rng.random() < 0.6:
        b.add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    has_locator = rng.random() < 0.8
    if has_locator:
        b.add(rng.choice((", ", ", at "))).add(forms.locator(rng, lang), T.LOCATOR)
    return b, has_locator


def editor_year_entry(rng: random.Random, lang: str = "en") -> tuple[Builder, bool]:
    """ "Smith, J. (ed.) 1970. Title. London: Macmillan." and the German "Müller, H. (Hrsg.) 1990"."""
    record = F.new_record(rng, lang, ("book",))
    editors = record.get("editor") or names.people(rng, lang, rng.choice((1, 1, 2)))
    b = Builder()
    mark = forms.editor_after(editors, lang, rng)
    if not mark.startswith("("):
        mark = f"({mark})"
    connector = " and " if lang == "en" else "/"
    b.add(forms.name_list(editors, lang, rng, "inverted-initials", connector=connector) + " " + mark, T.EDITOR)
    b.add(" ").add(F.year(record, rng, lang), T.DATE).add(". ")
    F.add_title(b, record["title"])
    b.add(record["publisher-place"], T.PLACE).add(": ").add(record["publisher"], T.PUBLISHER)
    return b, False


def lncs_book_entry(rng: random.Random) -> tuple[Builder, bool]:
    """ "Author, A., Author, B.: Title: Subtitle. Publisher, Place (Year)"; "Title, 2nd edn.";
    "Title. LNCS, vol. 1234. Springer, Heidelberg (2005)"; "Editor, K. (ed.): Title. ..."."""
    lang = "en"
    record = F.new_record(rng, rng.choice(("en", "en", "en", "de")), ("book",))
    people, label = F.creators(record)
    b = Builder()
    text = forms.name_list(people, lang, rng, "inverted-initials", max_names=rng.choice((3, 4, 6)), connector=", ")
    if label == T.EDITOR:
        text += " " + ("(eds.)" if len(people) > 1 else "(ed.)")
    b.add(text, label).add(": ")
    edition = rng.random() < 0.15
    F.add_title(b, record["title"], then=", " if edition else ". ")
    if edition:
        b.add(rng.choice(("2nd edn.", "3rd edn.", "2nd edn", "4th edn.")), T.EDITION).add(" ")
    if rng.random() < 0.2:
        series = rng.choice(("LNCS", "LNAI", "Lecture Notes in Computer Science", "Studies in Computational Intelligence"))
        b.add(f"{series}, vol. {rng.randint(100, 14000)}", T.COLLECTION).add(". ")
        publisher, place = "Springer", rng.choice(("Heidelberg", "Berlin", "Cham", "Berlin, Heidelberg"))
    else:
        publisher, place = record["publisher"], record["publisher-place"]
    b.add(publisher, T.PUBLISHER).add(", ").add(place, T.PLACE)
    b.add(" (").add(F.year(record, rng, lang), T.DATE).add(")")
    if record.get("ISBN") and rng.random() < 0.5:
        b.add(". ").add(f"ISBN {record['ISBN']}", T.IDENTIFIER)
    return b, False


def colon_title(rng: random.Random, lang: str) -> str:
    """A sentence-case title with a colon inside: "Cost-benefit analysis: a review of rural clinics"."""
    title = titles.fill(rng, lang, rng.choice(entries(f"titles_{lang}", titles.main_section(rng))),
                        "sentence" if lang == "en" else "as-is")
    if ":" not in title and rng.random() < 0.75:
        sub = titles.fill(rng, lang, rng.choice(entries(f"titles_{lang}", "sub")), "sentence" if lang == "en" else "as-is")
        title = f"{title}: {sub[0].lower() + sub[1:] if lang == 'en' and rng.random() < 0.6 else sub}"
    return title


def springer_basic_entry(rng: random.Random, vancouver: bool = False) -> tuple[Builder, bool]:
    """Springer basic: "Smith JA, Jones B (2005) Title: subtitle. J Econ Hist 12(3):34–56";
    Vancouver: "Smith JA, Jones B. Title: subtitle. J Econ Hist. 2005;12(3):34-56."."""
    lang = "en"
    record = F.new_record(rng, rng.choice(("en", "en", "en", "de")), ("article-journal",))
    people = record.get("author") or names.people(rng, lang)
    b = Builder()
    most = rng.choice((3, 6, 6, 10))
    authors = forms.name_list(people, lang, rng, "vancouver", max_names=most, connector=", ")
    b.add(authors, T.AUTHOR)
    year = F.year(record, rng, lang)
    if not vancouver:
        b.add(" (").add(year, T.DATE).add(") ")
    else:
        b.add(" " if authors.endswith(".") else ". ")
    b.add(colon_title(rng, record["language"] if record["language"] in ("en", "de") else "en"), T.TITLE)
    b.add(" " if b.ends_with(".?!") else ". ").add(venues.abbreviated_journal(rng), T.CONTAINER)
    if vancouver:
        month = f" {rng.choice(('Jan', 'Mar', 'Apr', 'Jun', 'Sep', 'Oct', 'Dec'))}" if year.isdigit() and rng.random() < 0.3 else ""
        b.add(". ").add(year + month, T.DATE)
        b.add(";")
    else:
        b.add(" ")
    b.add(F.volume(record, rng), T.VOLUME)
    roll = rng.random()
    if roll < 0.12:
        issue, pages = rng.choice(("Suppl 1", "Suppl 2", "Suppl.", "Suppl 3")), records.page_range(rng, "article")
        if pages[0].isdigit():
            first = rng.randint(1, 150)
            pages = f"S{first}–S{first + rng.randint(2, 12)}"
    else:
        issue = record.get("issue") if rng.random() < (0.8 if vancouver else 0.4) else None
        pages = F.page_range(record, rng).replace("-", rng.choice(("–", "-")))
        if roll < 0.2:
            pages = f"e{rng.randint(100, 99999)}"
    if issue:
        b.add("(").add(issue, T.ISSUE).add(")")
    b.add(":").add(pages, T.PAGES)
    if record.get("DOI") and rng.random() < 0.6:
        b.add(". " if vancouver else " ").add(rng.choice(("https://doi.org/", "doi:", "doi: ")) + record["DOI"], T.IDENTIFIER)
    return b, False
