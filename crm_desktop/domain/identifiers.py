"""Enterprise identifiers: the unified social credit code (统一社会信用代码, GB 32100-2015), validated with
python-stdnum (check character included), stored without spaces or dashes and upper-case."""

from __future__ import annotations

from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumError

from .errors import FieldError
from .widths import half_width


def normalize_credit_code(raw: str, field: str = "credit_code") -> str | FieldError:
    try:
        return uscc.validate(half_width(raw))  # Chinese spreadsheets often hold it in full width
    except StdnumError as exc:
        return FieldError(field, "credit_code_invalid", {"value": raw, "reason": str(exc)})
