"""Run configuration shared by the pipeline stages (read-only once built)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Config:
    model: str | None = None  # spaCy pipeline name or path; None = the default English pipeline
    actor_files: tuple[str, ...] = ()  # user dictionaries added to the bundled one (--actors)
    gazetteer: str | None = None  # path of the gazetteer index; None = the user cache default
    options: dict = field(default_factory=dict, hash=False, compare=False)
