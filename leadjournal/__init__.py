"""LeadJournal: a private, offline journal for new supervisors."""

__version__ = "0.1.0"
APP_NAME = "LeadJournal"
