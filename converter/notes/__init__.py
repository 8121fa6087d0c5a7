"""Note reading: one note -> its citations: clauses, signals, locators, ibid. and op. cit., continuations,
periodical references, short forms and full first citations."""
