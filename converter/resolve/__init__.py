"""Resolution: which printed forms are one work (identity and ids), linking short forms to a reference
list or a user's bibliography, periodical abbreviations, and combining several chapters."""
