"""Words the templates translate from data (verdicts, sections, statuses…). Listed here so
that `pybabel extract` puts them in the catalog; `N_` only marks them."""


def N_(message: str) -> str:  # the gettext convention: mark for extraction, do not translate
    return message


DYNAMIC = [
    # verdicts
    N_("apply"), N_("stretch"), N_("build-first"),
    # posting and resume sections
    N_("responsibilities"), N_("requirements"), N_("preferred"), N_("benefits"), N_("company"),
    N_("process"), N_("other"), N_("summary"), N_("experience"), N_("projects"), N_("education"),
    N_("skills"), N_("certifications"), N_("personal"), N_("goals"),
    # requirement levels, stages, costs
    N_("required"), N_("core"), N_("nice"), N_("beginner"), N_("intermediate"), N_("advanced"),
    N_("free"), N_("freemium"), N_("paid"),
    # kinds of skill
    N_("language"), N_("library"), N_("framework"), N_("platform"), N_("tool"), N_("database"),
    N_("service"), N_("concept"), N_("method"), N_("practice"), N_("soft-skill"), N_("habit"),
    N_("certification"), N_("industry"),
    # a highlighted mention of a resume's wish
    N_("wished for, not evidence"),
    N_("said to be lacking, not evidence"),
    N_("not asked for by the posting"),
    # a highlighted phrase of knowledge no concept names
    N_("asked, in words careernav has no skill for"),
    # what of a profile changed since its plan was made
    N_("hours a week"), N_("target role"),
]  # fmt: skip

# the language a resource is in, by its code
LANGUAGE_WORDS = {"en": N_("in English"), "ko": N_("in Korean")}

# profile shapes (careernav.plan.shape) by their key
SHAPE_WORDS = {
    "T": N_("T-shaped"),
    "W": N_("W-shaped"),
    "I": N_("I-shaped (deep, narrow)"),
    "broad": N_("broad, no deep area yet"),
    "starting": N_("just starting"),
}

# Progress statuses and project benefit kinds are keys ("in-progress", "cost-cut") in the data
# and the JSON; on a page they read as words, in English too
STATUS_WORDS = {
    "todo": N_("To do"),
    "in-progress": N_("In progress"),
    "learned": N_("Learned"),
    "skipped": N_("Skipped"),
    "done": N_("Done"),
}
BENEFIT_WORDS = {
    "time-saved": N_("time saved"),
    "cost-cut": N_("cost cut"),
    "revenue": N_("revenue"),
}
