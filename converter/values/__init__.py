"""Field values as printed -> model values: dates, DOIs and ISBNs, a title's language."""
