"""Check the knowledge-base files: `python -m careernav.knowledge.validate [DATA_DIR]`."""

from __future__ import annotations

import sys

from careernav.errors import KnowledgeBaseError
from careernav.knowledge.loader import load_knowledge_base


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        kb = load_knowledge_base(argv[0] if argv else None)
    except KnowledgeBaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(
        f"OK: {len(kb.roles)} roles, {len(kb.skills)} skills, {len(kb.resources)} resources, "
        f"{len(kb.projects)} projects, {len(kb.alias_index) + len(kb.exact_index)} names"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
