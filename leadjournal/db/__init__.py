"""Storage: the journal file, its schema and the repositories that read and write it."""
