"""Facilitator app: an offline-first desktop tool for idea-workshop facilitators."""

__version__ = "0.1.0"
