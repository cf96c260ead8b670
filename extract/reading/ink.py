"""How a text is set, counted in characters: how many it has (spaces aside), how many of them
are bold, italic and underlined, and their sizes summed. Counts add up from words to lines to paragraphs, and
a paragraph is bold when most of its characters are, in every format."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ink:
    chars: int = 0
    bold: int = 0
    italic: int = 0
    points: float = 0.0  # the characters' sizes summed (PDF only)
    underline: int = 0

    def __add__(self, other: Ink) -> Ink:
        return Ink(self.chars + other.chars, self.bold + other.bold, self.italic + other.italic,
                   self.points + other.points, self.underline + other.underline)

    @property
    def mostly_bold(self) -> bool:
        return 2 * self.bold > self.chars

    @property
    def mostly_italic(self) -> bool:
        return 2 * self.italic > self.chars

    @property
    def mostly_underlined(self) -> bool:
        return 2 * self.underline > self.chars

    @property
    def size(self) -> float | None:
        return self.points / self.chars if self.points and self.chars else None
