"""The Practice tab (:mod:`.tab`): the day grid, the cycles so far, and their dialogs."""
