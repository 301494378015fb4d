"""Closed vocabularies shared by the store, the files and the UI."""

from enum import StrEnum


class ItemKind(StrEnum):
    """What an agenda item is: a question the group discusses, or something else."""

    QUESTION = "question"
    BREAK = "break"
    TALK = "talk"
    WALK_AND_TALK = "walk_and_talk"


class Role(StrEnum):
    """A participant's role in the municipality."""

    EMPLOYEE = "employee"
    ELECTED = "elected"


class Experience(StrEnum):
    """How much experience a participant has with climate work."""

    LITTLE = "little"
    SOME = "some"
    MUCH = "much"


class MunicipalitySize(StrEnum):
    """Size of the participant's municipality (or county)."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    COUNTY = "county"


class Sector(StrEnum):
    """The municipal sector a participant works in."""

    HEALTH_CARE = "health_care"
    EDUCATION = "education"
    TECHNICAL = "technical"
    AGRICULTURE = "agriculture"
    SPORTS_CULTURE = "sports_culture"
    CLIMATE_ENVIRONMENT = "climate_environment"
    PLANNING = "planning"
    ADMINISTRATION = "administration"
    POLITICS = "politics"
    OTHER = "other"


class ItemStatus(StrEnum):
    """Where the group is with an agenda item."""

    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"
    SKIPPED = "skipped"


class Category(StrEnum):
    """What kind of contribution a sticky note is."""

    CHALLENGE = "challenge"
    MEASURE = "measure"
    EXPERT_QUESTION = "expert_question"
    OTHER = "other"


class Actor(StrEnum):
    """Who must act on an idea: the municipality itself, or others."""

    COUNCIL = "council"
    ADMINISTRATION = "administration"
    COUNTY = "county"
    STATE = "state"
    BUSINESS = "business"
    CITIZENS = "citizens"
    UNKNOWN = "unknown"

    @property
    def is_municipal(self) -> bool:
        """True for actors inside the municipality (politicians, administration)."""
        return self in (Actor.COUNCIL, Actor.ADMINISTRATION)


class TimerEventKind(StrEnum):
    """A stored wall-clock event of an agenda item's timer."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"
    RESET = "reset"
