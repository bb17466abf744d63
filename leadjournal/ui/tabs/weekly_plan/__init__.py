"""The Weekly Plan tab: the week's header, the Today panel and one page per step of the
weekly loop (``tab.WeeklyPlanTab``). Pages reach the tab only through
``context.WeekPageContext``."""
