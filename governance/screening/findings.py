"""What the screener reports: findings with a category, a severity and where they are, and the
decision they add up to. Shared by the engine, the command line, the gate and the editor."""

from dataclasses import dataclass, field

BLOCK = "block"
WARN = "warn"
PASS = "pass"

#: A file whose text cannot be read (a scanned PDF, an encrypted or corrupt file): a person has
#: to look at it, so it is never passed silently.
UNREADABLE = "file.unreadable"


@dataclass(frozen=True)
class Finding:
    #: One of the issue's vocabulary: "pii.national_id", "pii.sensitive.health",
    #: "prohibited.gambling", ... or UNREADABLE.
    category: str
    #: BLOCK or WARN.
    severity: str
    #: Python string offsets into the text exactly as given to the screener.
    start: int
    end: int
    #: ``text[start:end]`` of the text as given.
    text: str
    #: Recognised by a classifier rather than a listed term or a rule (a judgement to check).
    learned: bool = False

    @property
    def masked(self):
        """The match with most of it hidden, for showing to people (1-2345-xxxxx-xx-3)."""
        kept = {i for i, ch in enumerate(self.text) if ch.isalnum()}
        ordered = sorted(kept)
        show = set(ordered[:1] + ordered[-1:]) if len(ordered) > 4 else set()
        if len(ordered) >= 10:
            show |= set(ordered[1:5])
        return "".join(
            ch if (i not in kept or i in show) else "x" for i, ch in enumerate(self.text)
        )


@dataclass
class ScreenResult:
    findings: list = field(default_factory=list)

    @property
    def decision(self):
        severities = {finding.severity for finding in self.findings}
        if BLOCK in severities:
            return BLOCK
        return WARN if WARN in severities else PASS
