"""The exceptions careernav raises. Every one carries a message a user can act on."""

from __future__ import annotations

import shlex

from careernav.text import josa


class CareernavError(Exception):
    """Base class: something the user can fix, with a message that says how. The message
    may also be given in Korean (`ko`), for the web app's Korean pages."""

    def __init__(self, *args, ko: str | None = None):
        super().__init__(*args)
        self.ko = ko

    def in_language(self, lang: str) -> str:
        return self.ko if lang == "ko" and self.ko else str(self)


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
        if self.suggestions:
            hint = f" Did you mean: {', '.join(self.suggestions)}?"
        elif kind == "skill":  # too many to list: say how to name one
            hint = (
                " Check the spelling or try another of its names (an ID such as 'pytorch', an"
                " English or Korean name such as 'PyTorch' or '파이토치'); `careernav role ROLE`"
                " lists the skills a role needs."
            )
        else:
            hint = f" Try `careernav {kind}s` to list them."
        kind_ko = _KINDS_KO.get(kind, kind)
        if self.suggestions:
            hint_ko = f" 혹시 이것인가요: {', '.join(self.suggestions)}?"
        elif kind == "skill":
            hint_ko = (
                " 철자를 확인하거나 다른 이름(ID 'pytorch', 영어나 한국어 이름 'PyTorch', '파이토치')으로"
                " 찾아 보세요. `careernav role 직무`가 직무에 필요한 스킬을 보여 줍니다."
            )
        else:
            hint_ko = f" `careernav {kind}s`로 목록을 볼 수 있습니다."
        super().__init__(
            f"No {kind} named {name!r}.{hint}",
            ko=f"{name!r}{josa(name, '이라는', '라는')} {kind_ko} 없습니다.{hint_ko}",
        )


_KINDS_KO = {"role": "직무가", "skill": "스킬이", "project": "프로젝트가", "profile": "프로필이"}


def quotable(document_name: str) -> str:
    """A document's name as a message may quote it: pasted text has only a placeholder
    ("<posting>", "<stdin>"), which names nothing."""
    name = document_name or ""
    return "" if name.startswith("<") and name.endswith(">") else name


# --- Reading documents (careernav.documents) ------------------------------------------------

SUPPORTED_DOCUMENT_TYPES = (
    "plain text (.txt), Markdown (.md), PDF (.pdf), Word (.docx), Hangul (.hwpx), HTML (.html), "
    "web pages saved as one file (.mhtml)"
)
SUPPORTED_DOCUMENT_TYPES_KO = (
    "텍스트(.txt), 마크다운(.md), PDF(.pdf), 워드(.docx), 한글(.hwpx), HTML(.html), "
    "한 파일로 저장한 웹 페이지(.mhtml)"
)


class DocumentError(CareernavError):
    """A resume or posting could not be read. `name` is the input as the user named it."""

    def __init__(self, name: str, message: str, ko: str | None = None):
        self.name = name
        super().__init__(message, ko=ko)


class DocumentNotFoundError(DocumentError):
    """The path does not exist, or is a folder."""

    def __init__(self, name: str, *, is_directory: bool = False, hint: str = "", hint_ko: str = ""):
        if is_directory:
            message = f"{name} is a folder, not a file. Give the path of a file inside it."
            ko = (
                f"{name}{josa(name, '은', '는')} 파일이 아니라 폴더입니다. 폴더 안에 있는 파일의 "
                "경로를 주세요."
            )
        else:
            message = f"No file at {name}. Check the path and the spelling of the file name."
            ko = f"{name}에 파일이 없습니다. 경로와 파일 이름의 철자를 확인해 주세요."
        super().__init__(name, message + hint, ko=ko + (hint_ko or hint))


class DocumentAccessError(DocumentError):
    """The file exists but the operating system would not let us read it. `reason` is the
    system's words ("Permission denied"), `reason_ko` the same in Korean."""

    def __init__(self, name: str, reason: str, reason_ko: str = ""):
        self.reason = reason
        super().__init__(
            name,
            f"Could not read {name}: {reason}. "
            "Check that the file is readable by you and not locked by another program.",
            ko=f"{name}{josa(name, '을', '를')} 읽지 못했습니다: {reason_ko or reason}. 읽기 권한이 "
            "있는 파일인지, 다른 프로그램이 잠그고 있지 않은지 확인해 주세요.",
        )


class UnsupportedFormatError(DocumentError):
    """A file type careernav does not read (old .doc, HWP, images, spreadsheets…). `kind`
    says what the file is ("an image"), `kind_ko` the same in Korean ("이미지")."""

    def __init__(self, name: str, kind: str, kind_ko: str = ""):
        self.kind = kind
        kind_ko = kind_ko or "읽을 수 없는 형식의 파일"
        super().__init__(
            name,
            f"{name} is {kind}, which careernav cannot read. "
            f"Supported types: {SUPPORTED_DOCUMENT_TYPES}. "
            "Save or export the document as one of these (PDF, DOCX or HWPX work well) and try again.",
            ko=f"{name} 파일은 {kind_ko}{josa(kind_ko, '이라', '라')} careernav가 "
            f"읽을 수 없습니다. 읽을 수 있는 형식: {SUPPORTED_DOCUMENT_TYPES_KO}. 이 중 하나"
            "(PDF, DOCX, HWPX 권장)로 저장하거나 내보낸 뒤 다시 시도해 주세요.",
        )


class EmptyDocumentError(DocumentError):
    """The document holds no text (an empty file, or only whitespace after extraction)."""

    def __init__(self, name: str, scripted: bool = False):
        if scripted:  # a web page whose text its scripts were to write
            super().__init__(
                name,
                f"{name} has no text in it: the page fills itself in with JavaScript and was "
                "saved before it did. Open it in a browser, wait until the posting shows, then "
                'save it again ("Webpage, Single File") or copy its text and paste it.',
                ko=f"{name}에 글자가 없습니다. 자바스크립트로 내용을 채우는 페이지를 내용이 뜨기 "
                "전에 저장한 것 같습니다. 브라우저에서 열어 공고가 보일 때 다시 저장하거나"
                '("웹페이지, 단일 파일") 내용을 복사해 붙여 넣어 주세요.',
            )
            return
        super().__init__(
            name,
            f"{name} has no text in it. Check that you chose the right file, "
            "or paste the text instead.",
            ko=f"{name}에 글자가 없습니다. 올바른 파일인지 확인하거나 내용을 붙여 넣어 주세요.",
        )


class DocumentTooLargeError(DocumentError):
    """The input is over the size limit. `size` is None when only "more than the limit" is
    known (a stream is never read past the limit)."""

    def __init__(self, name: str, size: int | None, limit: int):
        self.size = size
        self.limit = limit
        said = f"is {_human_bytes(size)}, over" if size is not None else "is over"
        said_ko = (
            f"의 크기가 {_human_bytes(size, 'ko')}로"
            if size is not None
            else josa(name, "이", "가")
        )
        # Suggest a limit that fits this file: whole megabytes, at least double the old one.
        megabytes = -(-max(size or 0, 2 * limit, 1) // 2**20)
        super().__init__(
            name,
            f"{name} {said} the size limit of {_human_bytes(limit)}. "
            "Resumes and postings are rarely this big, so check it is the right file. "
            f"To raise the limit, use the --max-size option (in MB, e.g. --max-size {megabytes}) "
            f"or set CAREERNAV_MAX_BYTES (in bytes, e.g. CAREERNAV_MAX_BYTES={megabytes * 2**20}).",
            ko=f"{name}{said_ko} 크기 제한 {_human_bytes(limit, 'ko')}보다 큽니다. 이력서나 채용 "
            "공고가 이렇게 큰 일은 드무니 올바른 파일인지 확인해 주세요. 제한을 늘리려면 "
            f"--max-size 옵션(MB 단위, 예: --max-size {megabytes})을 쓰거나 CAREERNAV_MAX_BYTES"
            f"(바이트 단위, 예: CAREERNAV_MAX_BYTES={megabytes * 2**20})를 설정하세요.",
        )


class InvalidSizeLimitError(DocumentError):
    """CAREERNAV_MAX_BYTES is set to something that is not a positive whole number, or to
    more than `largest` (when given)."""

    def __init__(self, name: str, value: str, largest: int | None = None):
        self.value = value
        if largest is None:
            said = "which is not a positive whole number of bytes"
            said_ko = "0보다 큰 정수(바이트 수)가 아닙니다"
        else:
            said = f"more than the largest limit allowed, {largest:,} bytes"
            said_ko = f"허용되는 가장 큰 제한({largest:,}바이트)보다 큽니다"
        super().__init__(
            name,
            f"Cannot read {name}: CAREERNAV_MAX_BYTES is {value!r}, {said}. "
            "Set it to e.g. 20000000, or unset it to use the default.",
            ko=f"{name}{josa(name, '을', '를')} 읽을 수 없습니다: CAREERNAV_MAX_BYTES 값 {value!r}"
            f"{josa(repr(value), '은', '는')} {said_ko}. 20000000처럼 바꾸거나, 설정을 지워 기본값을 "
            "쓰세요.",
        )


class EncryptedPDFError(DocumentError):
    """The PDF is password-protected."""

    def __init__(self, name: str):
        super().__init__(
            name,
            f"{name} is a password-protected PDF. Remove the password (open it and save or "
            "print it to a new PDF without protection) and try again.",
            ko=f"{name}{josa(name, '은', '는')} 암호가 걸린 PDF입니다. 암호를 풀어(열어서 보호 없이 새 PDF로 저장하거나 "
            "인쇄) 다시 시도해 주세요.",
        )


class CorruptDocumentError(DocumentError):
    """A PDF or DOCX whose structure is broken, or which is not what its name says."""

    def __init__(self, name: str, kind: str, detail: str = "", detail_ko: str = ""):
        """`detail` says what is wrong in English, `detail_ko` in Korean; a library's own
        words (which have no Korean) are given in both."""
        self.kind = kind
        kind_ko = _DOCUMENT_KINDS_KO.get(kind, kind)
        detail_ko = f" ({detail_ko or detail})" if detail_ko or detail else ""
        detail = f" ({detail})" if detail else ""
        super().__init__(
            name,
            f"{name} could not be read as a {kind} file{detail}. It may be damaged, cut short "
            f"or not really a {kind} file. Open it in the program that made it, save a new "
            "copy, and try again.",
            ko=f"{name}{josa(name, '을', '를')} {kind_ko} 파일로 읽지 못했습니다{detail_ko}. 손상되었거나 "
            f"잘렸거나 실제로는 {kind_ko} 파일이 아닐 수 있습니다. 만든 프로그램에서 열어 새로 저장한 "
            "뒤 다시 시도해 주세요.",
        )


_DOCUMENT_KINDS_KO = {
    "Word (DOCX)": "워드(DOCX)",
    "Hangul (HWPX)": "한글(HWPX)",
    "web page (MHTML)": "웹 페이지(MHTML)",
}


class ScannedPDFError(DocumentError):
    """A PDF whose pages are images: it has no text layer to read."""

    def __init__(self, name: str, pages: int):
        self.pages = pages
        super().__init__(
            name,
            f"{name} has no text layer in its {pages} page(s): it looks like a scan or a "
            "picture of text. Run it through OCR first (for example `ocrmypdf in.pdf out.pdf`, "
            "or export it from the original editor) and try again, or paste the text instead.",
            ko=f"{name}의 {pages}쪽에 텍스트 층이 없습니다: 스캔본이나 글자 사진으로 보입니다. OCR을 "
            "거치거나(예: `ocrmypdf in.pdf out.pdf`) 원본 편집기에서 다시 내보낸 뒤 시도하거나, "
            "내용을 붙여 넣어 주세요.",
        )


class NotTextError(DocumentError):
    """A file read as text that holds binary data."""

    def __init__(self, name: str, hint: str = "", hint_ko: str = ""):
        super().__init__(
            name,
            f"{name} does not look like text (it holds binary data).{hint} Check that you "
            f"chose the right file. Supported types: {SUPPORTED_DOCUMENT_TYPES}.",
            ko=f"{name}{josa(name, '은', '는')} 텍스트가 아닌 것으로 보입니다(바이너리 데이터).{hint_ko} "
            f"올바른 파일인지 확인해 주세요. 읽을 수 있는 형식: {SUPPORTED_DOCUMENT_TYPES_KO}.",
        )


class UndecodableTextError(DocumentError):
    """A text file in an encoding careernav could not work out."""

    def __init__(self, name: str):
        super().__init__(
            name,
            f"Could not work out the character encoding of {name}. "
            "Save it as UTF-8 (in most editors: Save As → Encoding: UTF-8) and try again.",
            ko=f"{name}의 문자 인코딩을 알아내지 못했습니다. UTF-8로 저장한 뒤(대부분의 편집기: "
            "다른 이름으로 저장 → 인코딩: UTF-8) 다시 시도해 주세요.",
        )


def _human_bytes(size: int, lang: str = "en") -> str:
    exact = f"{size:,}바이트" if lang == "ko" else f"{size:,} bytes"
    if size < 1024:
        return exact
    value, unit = size / 1024, "KB"
    for bigger in ("MB", "GB", "TB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}({exact})" if lang == "ko" else f"{value:.1f} {unit} ({exact})"


# --- Keeping data (careernav.store) -----------------------------------------------------------


class StoreError(CareernavError):
    """Something went wrong keeping or reading the user's saved data. Nothing was half-written:
    every write is one transaction."""


class StoreOpenError(StoreError):
    """The database could not be opened: a bad URL or path, a missing folder, a file that is
    not a careernav database, or a PostgreSQL server that cannot be reached."""


class StoreBusyError(StoreError):
    """Another program held the database for longer than the timeout."""


class StoreSchemaError(StoreError):
    """The database's schema cannot be brought up to date (for example, a newer careernav
    wrote it)."""


class ProfileNotFoundError(StoreError):
    """No profile with this name."""

    def __init__(self, name: str, known: list[str] | None = None):
        self.name = name
        self.known = known or []
        listed = ", ".join(self.known[:10])
        shown = f" Profiles you have: {listed}." if self.known else ""
        shown_ko = f" 있는 프로필: {listed}." if self.known else ""
        super().__init__(
            f"No profile named {name!r}.{shown} "
            f"Create it with `careernav profile create {_shell_word(name)}`.",
            ko=f"{name!r}{josa(name, '이라는', '라는')} 프로필이 없습니다.{shown_ko} "
            f"`careernav profile create {_shell_word(name)}`로 만드세요.",
        )


class ProfileExistsError(StoreError):
    """A profile with this name is already there."""

    def __init__(self, name: str, hint: str = "", hint_ko: str = ""):
        self.name = name
        super().__init__(
            f"A profile named {name!r} already exists. "
            + (hint or "Choose another name, or use the profile you have."),
            ko=f"{name!r}{josa(name, '이라는', '라는')} 프로필이 이미 있습니다. "
            + (hint_ko or "다른 이름을 고르거나 있는 프로필을 쓰세요."),
        )


class RecordNotFoundError(StoreError):
    """A document, analysis or plan id that is not in the store (or belongs to another
    profile)."""

    def __init__(self, kind: str, record_id: object, hint: str = ""):
        self.kind = kind
        self.record_id = record_id
        super().__init__(
            f"No {kind} with id {record_id!r}. " + (hint or f"Check the id of the {kind}.")
        )


class InvalidValueError(StoreError):
    """A value the store does not accept (an unknown status, kind or language, content that
    is not JSON…). `field` names the argument, `value` is what was given."""

    def __init__(self, field: str, value: object, message: str):
        self.field = field
        self.value = value
        super().__init__(message)


class ImportDataError(StoreError):
    """An export file that cannot be imported. `problems` lists each one as 'where: what'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:30])
        more = f"\n  … and {len(problems) - 30} more" if len(problems) > 30 else ""
        more_ko = f"\n  … 외 {len(problems) - 30}개" if len(problems) > 30 else ""
        super().__init__(
            f"Nothing was imported: the data has {len(problems)} problem(s):\n{shown}{more}\n"
            "Import a file written by `careernav export` (or Store.export_data) as it is.",
            ko=f"아무것도 가져오지 않았습니다: 데이터에 문제가 {len(problems)}개 있습니다:\n"
            f"{shown}{more_ko}\n`careernav export`(또는 Store.export_data)로 만든 파일을 고치지 "
            "말고 그대로 가져오세요.",
        )


class UserExistsError(StoreError):
    """A user with this name is already there (users sign in to `careernav serve`)."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(
            f"A user named {name!r} already exists. Choose another name, or change this "
            f"user's password with `careernav user passwd {_shell_word(name)}`.",
            ko=f"{name!r}{josa(name, '이라는', '라는')} 사용자가 이미 있습니다. 다른 이름을 고르거나, "
            f"`careernav user passwd {_shell_word(name)}`로 이 사용자의 비밀번호를 바꾸세요.",
        )


class UserNotFoundError(StoreError):
    """No user with this name."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(
            f"No user named {name!r}. See who there is with `careernav user list`, or add "
            f"the user with `careernav user add {_shell_word(name)}`.",
            ko=f"{name!r}{josa(name, '이라는', '라는')} 사용자가 없습니다. `careernav user list`로 "
            f"사용자 목록을 보거나, `careernav user add {_shell_word(name)}`로 추가하세요.",
        )


class InvalidPasswordError(StoreError):
    """A password the store will not take (too short, or not text). The message never
    contains the password, and neither does the exception."""


def _shell_word(text: str) -> str:
    return shlex.quote(text)
