"""The Coaching Log tab: the people you look after, one page each, and one-on-one prep.

``tab`` holds the tab; each section of a person's page has its own module and talks to
the tab only through :class:`~leadjournal.ui.tabs.coaching.context.CoachingContext`.
"""
