"""Small text rules shared by storage and services (no database or Qt imports)."""

from __future__ import annotations


def split_tags(text: str) -> list[str]:
    """Comma-separated tags as stored: trimmed, lower case, no repeats, in order."""
    seen: list[str] = []
    for raw in text.split(","):
        tag = " ".join(raw.strip().lower().split())
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def source_text(source: str, person_name: str | None) -> str:
    """Who gave a piece of feedback, as shown anywhere. An anonymous answer never gets a
    name, whatever is passed in; this is the one place that decides."""
    if source == "anonymous":
        return "Anonymous"
    if source == "self":
        return "Me (self-feedback)"
    return person_name or "Someone"
