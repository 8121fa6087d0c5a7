"""What users bring besides pages: their bibliography files (BibTeX, RIS, CSL-JSON) and abbreviation lists."""
