"""The exceptions careernav raises. Every one carries a message a user can act on."""

from __future__ import annotations


class CareernavError(Exception):
    """Base class: something the user can fix, with a message that says how."""


class KnowledgeBaseError(CareernavError):
    """The knowledge-base files are broken. `problems` lists each one as 'file: entry: problem'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"The knowledge base has {len(problems)} problem(s):\n{shown}{more}\n"
            "Fix the files named above (see docs/knowledge-base.md for the format)."
        )


class NotFoundError(CareernavError):
    """A role, skill or other name that is not in the knowledge base."""

    def __init__(self, kind: str, name: str, suggestions: list[str] | None = None):
        self.kind = kind
        self.name = name
        self.suggestions = suggestions or []
        hint = (
            f" Did you mean: {', '.join(self.suggestions)}?"
            if self.suggestions
            else f" Try `careernav {kind}s` to list them."
        )
        super().__init__(f"No {kind} named {name!r}.{hint}")
