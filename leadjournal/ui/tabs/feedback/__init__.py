"""The Start/Stop/Continue tab: requests waiting for answers, themes and the one action,
and the answers with their items — one panel each, in :mod:`.tab`."""
