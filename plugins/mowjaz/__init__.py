"""Mowjaz: Arabic news briefs on Pelican."""

from .plugin import register

__all__ = ["register"]
