"""The organisation's own letterhead for documents (quotes, contracts, reports): an app setting that syncs."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from ..data.models import AppSetting
from ..domain.access import setting_right
from ..domain.changes import Changes
from .base import UserService

KEY = "company"


@dataclass(frozen=True)
class Company:
    name: str = "我的公司"
    address: str = ""
    phone: str = ""
    email: str = ""
    tax_number: str = ""
    bank: str = ""


def read(db) -> Company:
    with db.connect() as conn:
        value = conn.execute(select(AppSetting.value).where(AppSetting.key == KEY, AppSetting.deleted_at.is_(None))
                             ).scalar()
    known = set(Company.__dataclass_fields__)
    return Company(**{k: str(v) for k, v in (value or {}).items() if k in known})


class CompanyService(UserService):
    def company(self) -> Company:
        return read(self.db)

    def set_company(self, company: Company) -> Changes:
        self.access.require(*setting_right(KEY))
        with self.db.unit_of_work(self.actor, "set company letterhead") as uow:
            row = uow.session.scalars(select(AppSetting).where(AppSetting.key == KEY,
                                                               AppSetting.deleted_at.is_(None))).first()
            if row is None:
                uow.create(AppSetting, key=KEY, value=asdict(company))
            else:
                uow.update(row, value=asdict(company))
            return uow.commit()
