"""SQLAlchemy models. Every business table carries the same sync-ready columns (see SyncRow).

Relationships are `lazy="raise"`: nothing that paints a cell can run SQL by accident.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Text, Uuid,
                        text)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ..domain.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LIVE = text("deleted_at IS NULL")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncRow:
    """Columns every business record has from day one (SYNC.md): a client-made UUIDv7 key, who/when stamps,
    a tombstone instead of a hard delete, ownership, and the server version the row was last based on."""

    __entity__: str  # the journal's name for the table

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # No foreign keys on ownership: a replica receives rows within its scope, and the owning user or
    # department may arrive in a later batch of a sync (or be outside the scope altogether).
    @declared_attr
    def owner_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(Uuid, index=True)

    @declared_attr
    def department_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(Uuid, index=True)


class Department(SyncRow, Base):
    __tablename__ = "department"
    __entity__ = "department"
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("department.id"))


class User(SyncRow, Base):
    __tablename__ = "app_user"
    __entity__ = "app_user"
    login: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    # Whom this user reports to: "own + subordinates" scopes follow this chain.
    manager_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))


class Role(SyncRow, Base):
    """A set of permissions ("module.action"), one data scope and field rules ("entity.field" -> rule)."""

    __tablename__ = "role"
    __entity__ = "role"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    data_scope: Mapped[str] = mapped_column(String(30))
    permissions: Mapped[list] = mapped_column(JSON, default=list)
    field_rules: Mapped[dict] = mapped_column(JSON, default=dict)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class UserRole(SyncRow, Base):
    __tablename__ = "user_role"
    __entity__ = "user_role"
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("app_user.id"))
    role_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("role.id"))

    __table_args__ = (Index("ix_user_role_user", "user_id", sqlite_where=LIVE, postgresql_where=LIVE),)


class Customer(SyncRow, Base):
    __tablename__ = "customer"
    __entity__ = "customer"
    name: Mapped[str] = mapped_column(String(200))
    # The pinyin sort key of name (domain.sort_keys), kept by the unit of work; lists sort on it.
    name_key: Mapped[str] = mapped_column(String(800), default="")
    short_name: Mapped[str] = mapped_column(String(60), default="")
    level: Mapped[str] = mapped_column(String(4), default="")
    industry: Mapped[str] = mapped_column(String(60), default="")
    province: Mapped[str] = mapped_column(String(30), default="")
    city: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    customer_type: Mapped[str] = mapped_column(String(12), default="enterprise", server_default="enterprise")
    source: Mapped[str] = mapped_column(String(60), default="", server_default="")
    status: Mapped[str] = mapped_column(String(12), default="potential", server_default="potential")
    district: Mapped[str] = mapped_column(String(30), default="", server_default="")
    mobile: Mapped[str] = mapped_column(String(32), default="", server_default="")
    website: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # 统一社会信用代码, checksum-validated (domain.records).
    credit_code: Mapped[str] = mapped_column(String(18), default="", server_default="")
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    last_follow_up_at: Mapped[datetime | None] = mapped_column(DateTime)
    # When the customer last closed a deal (status set to closed-deal; orders and contracts later).
    last_deal_at: Mapped[datetime | None] = mapped_column(DateTime)
    # In a public pool (公海) when pool_id is set: then it has no owner. claimed_at starts the clocks of the
    # pool's return rules; previous_owner_id and released_at drive the waiting period before a reclaim.
    pool_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    previous_owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    released_at: Mapped[datetime | None] = mapped_column(DateTime)
    release_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Loyalty (issue 9): the tier reached and the points balance, kept by the loyalty service.
    loyalty_tier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    loyalty_points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # Keyset pagination needs one index per sort order, ending in id for a total order; partial on live
    # rows so the recycle bin costs the main list nothing.
    __table_args__ = (
        Index("ix_customer_live_name", "name_key", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_created", "created_at", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_updated", "updated_at", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_owner", "owner_id", "name_key", "id", sqlite_where=LIVE,
              postgresql_where=LIVE),
        # "Own department" scopes list a department's customers in name order.
        Index("ix_customer_live_department", "department_id", "name_key", "id", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_customer_live_city", "city", "name_key", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_industry", "industry", "name_key", "id", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_customer_live_level", "level", "name_key", "id", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_customer_live_pool", "pool_id", "name_key", "id", sqlite_where=text("deleted_at IS NULL AND "
              "pool_id IS NOT NULL"), postgresql_where=text("deleted_at IS NULL AND pool_id IS NOT NULL")),
        Index("ix_customer_live_credit_code", "credit_code", sqlite_where=text("deleted_at IS NULL AND "
              "credit_code != ''"), postgresql_where=text("deleted_at IS NULL AND credit_code != ''")),
        Index("ix_customer_deleted", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
        # The reports (services/report_figures.py): new customers of a period per owner or department, overdue
        # follow-ups (all of them, or one owner's), and the customer base by region and by source.
        Index("ix_customer_live_owner_created", "owner_id", "created_at", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_department_created", "department_id", "created_at", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_customer_live_follow_up", "next_follow_up", "owner_id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_owner_follow_up", "owner_id", "next_follow_up", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_customer_live_province", "province", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_live_source", "source", sqlite_where=LIVE, postgresql_where=LIVE),
        # Marketing segments (services/segments.py) combine level, city and industry with a tag and the
        # viewer's scope: this index answers them (and their counts, covering) without reading the table.
        Index("ix_customer_live_segment", "level", "city", "industry", "owner_id", "id", sqlite_where=LIVE,
              postgresql_where=LIVE),
    )


class Contact(SyncRow, Base):
    __tablename__ = "contact"
    __entity__ = "contact"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(60), default="", server_default="")
    mobile: Mapped[str] = mapped_column(String(32), default="", server_default="")
    other_phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    wechat: Mapped[str] = mapped_column(String(60), default="", server_default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class Activity(SyncRow, Base):
    """A follow-up record (跟进记录)."""

    __tablename__ = "activity"
    __entity__ = "activity"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("contact.id"))
    kind: Mapped[str] = mapped_column(String(16))
    happened_at: Mapped[datetime] = mapped_column(DateTime)
    content: Mapped[str] = mapped_column(Text)
    next_follow_up: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_activity_customer_time", "customer_id", "happened_at"),
                      # The reports: follow-ups done in a period, for everyone, an owner or a department.
                      Index("ix_activity_live_time", "happened_at", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_activity_live_owner_time", "owner_id", "happened_at", sqlite_where=LIVE,
                            postgresql_where=LIVE),
                      Index("ix_activity_live_department_time", "department_id", "happened_at", sqlite_where=LIVE,
                            postgresql_where=LIVE))


class Tag(SyncRow, Base):
    __tablename__ = "tag"
    __entity__ = "tag"
    name: Mapped[str] = mapped_column(String(40))
    color: Mapped[str] = mapped_column(String(9), default="")


class CustomerTag(SyncRow, Base):
    """A tag on a customer is a record of its own, so adding and removing tags is journaled and syncs."""

    __tablename__ = "customer_tag"
    __entity__ = "customer_tag"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"))
    tag_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("tag.id"))

    __table_args__ = (
        Index("ix_customer_tag_tag", "tag_id", "customer_id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_customer_tag_customer", "customer_id"),
    )


class Lookup(SyncRow, Base):
    """One entry of an administrator-edited classification list (industries, sources, levels)."""

    __tablename__ = "lookup"
    __entity__ = "lookup"
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (Index("ix_lookup_kind", "kind", "position", sqlite_where=LIVE, postgresql_where=LIVE),)


class Pool(SyncRow, Base):
    """A public pool (公海) and its rules. `rules` per customer level ("*" for any other level):
    {"A": {"no_follow_up_days": 30, "no_deal_days": 90}, ...}; 0 or absent means no such rule.
    Customers of the listed departments return here (an empty list: the default pool takes the rest)."""

    __tablename__ = "pool"
    __entity__ = "pool"
    name: Mapped[str] = mapped_column(String(60))
    rules: Mapped[dict] = mapped_column(JSON, default=dict)
    warn_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    claim_limit: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0: no limit
    reclaim_wait_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    departments: Mapped[list] = mapped_column(JSON, default=list)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class AppSetting(SyncRow, Base):
    """An organisation-wide setting an administrator sets (e.g. the churn-warning thresholds), shared by sync."""

    __tablename__ = "app_setting"
    __entity__ = "app_setting"
    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[dict] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_app_setting_key", "key", sqlite_where=LIVE, postgresql_where=LIVE),)


class ProductCategory(SyncRow, Base):
    """A node of the two-level product category tree (a top category, or a sub-category of one)."""

    __tablename__ = "product_category"
    __entity__ = "product_category"
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("product_category.id"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Product(SyncRow, Base):
    __tablename__ = "product"
    __entity__ = "product"
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # Money is an integer of the currency's minor unit (domain.money): exact sums in SQL.
    list_price: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("product_category.id"))

    __table_args__ = (Index("ix_product_live_code", "code", sqlite_where=LIVE, postgresql_where=LIVE),)


class Supplier(SyncRow, Base):
    """A supplier of products (供应商), linked to the customers it serves and with its own price list."""

    __tablename__ = "supplier"
    __entity__ = "supplier"
    name: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    address: Mapped[str] = mapped_column(String(300), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")


class SupplierCustomer(SyncRow, Base):
    """Which customers a supplier serves (many to many), a row of its own so links journal and sync."""

    __tablename__ = "supplier_customer"
    __entity__ = "supplier_customer"
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)


class SupplierPrice(SyncRow, Base):
    """One entry of a supplier's price list: a product's price from a minimum quantity, for a period."""

    __tablename__ = "supplier_price"
    __entity__ = "supplier_price"
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    price: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    min_quantity: Mapped[str] = mapped_column(String(20), default="1", server_default="1")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Pipeline(SyncRow, Base):
    """A sales process with its own stages (administrators define them)."""

    __tablename__ = "pipeline"
    __entity__ = "pipeline"
    name: Mapped[str] = mapped_column(String(60))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PipelineStage(SyncRow, Base):
    """A stage of a pipeline: its order, the win probability it implies, and whether it is open, won or lost."""

    __tablename__ = "pipeline_stage"
    __entity__ = "pipeline_stage"
    pipeline_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pipeline.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    probability: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    kind: Mapped[str] = mapped_column(String(8), default="open", server_default="open")


class Opportunity(SyncRow, Base):
    """A sales opportunity (商机)."""

    __tablename__ = "opportunity"
    __entity__ = "opportunity"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"))
    name: Mapped[str] = mapped_column(String(120))
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    expected_close: Mapped[date | None] = mapped_column(Date)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pipeline.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pipeline_stage.id"))
    probability: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # open / won / lost: the kind of its stage, kept on the row so lists and totals filter on one column.
    status: Mapped[str] = mapped_column(String(8), default="open", server_default="open")
    stage_entered_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    competitors: Mapped[str] = mapped_column(String(300), default="", server_default="")
    loss_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The marketing campaign it is attributed to (ROI).
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)

    __table_args__ = (
        Index("ix_opportunity_customer", "customer_id"),
        # The kanban's columns: one stage's cards, largest first.
        Index("ix_opportunity_live_stage", "stage_id", "amount", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        # Pipeline totals read only this index (covering): counts, sums and weighted sums per stage.
        Index("ix_opportunity_live_totals", "pipeline_id", "status", "stage_id", "currency", "amount",
              "probability", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_opportunity_live_owner", "owner_id", "pipeline_id", "status", "stage_id", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_opportunity_live_close", "status", "expected_close", "id", sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_opportunity_live_updated", "updated_at", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        # The reports: opportunities won and lost in a period, and the open pipeline by expected close (both
        # covering the figures they sum, for everyone and for an owner's or a department's scope).
        Index("ix_opportunity_live_closed", "closed_at", "status", "currency", "amount", "stage_id", "pipeline_id",
              "owner_id", "department_id", sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_opportunity_live_forecast", "status", "expected_close", "currency", "amount", "probability",
              "owner_id", "department_id", sqlite_where=LIVE, postgresql_where=LIVE),
    )


class OpportunityLine(SyncRow, Base):
    """A product line of an opportunity. quantity and discount are decimal text (exact); line_total is
    quantity x unit price x (1 - discount%), in minor units, computed by the service."""

    __tablename__ = "opportunity_line"
    __entity__ = "opportunity_line"
    opportunity_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("opportunity.id"), index=True)
    product_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("product.id"))
    name: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[str] = mapped_column(String(20), default="1", server_default="1")
    unit_price: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    discount: Mapped[str] = mapped_column(String(8), default="0", server_default="0")
    line_total: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class OpportunityStageSpan(SyncRow, Base):
    """One stay of an opportunity in a stage: entered, left (None while it is there). Time in each stage is
    left - entered; the stage history is these rows in order."""

    __tablename__ = "opportunity_stage_span"
    __entity__ = "opportunity_stage_span"
    opportunity_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("opportunity.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pipeline_stage.id"))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_opportunity_stage_span_opportunity", "opportunity_id", "entered_at"),)


class Quote(SyncRow, Base):
    """A quotation (报价单) made from an opportunity. A new version copies the lines; the one it replaces is
    marked superseded. Totals are exact sums of the lines (services/quotes.py)."""

    __tablename__ = "quote"
    __entity__ = "quote"
    opportunity_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("opportunity.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"))
    number: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # the quote's version (v2, v3…)
    title: Mapped[str] = mapped_column(String(120), default="", server_default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    quoted_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft", server_default="draft")
    subtotal: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")  # after discounts, before tax
    tax: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    total: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    terms: Mapped[str] = mapped_column(Text, default="", server_default="")


class QuoteLine(SyncRow, Base):
    """quantity, discount and tax rate are exact decimal text; net, tax and total are minor units."""

    __tablename__ = "quote_line"
    __entity__ = "quote_line"
    quote_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("quote.id"), index=True)
    product_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("product.id"))
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(20), default="", server_default="")
    quantity: Mapped[str] = mapped_column(String(20), default="1", server_default="1")
    unit_price: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    discount: Mapped[str] = mapped_column(String(8), default="0", server_default="0")
    tax_rate: Mapped[str] = mapped_column(String(8), default="0", server_default="0")
    net: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    tax: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    total: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Contract(SyncRow, Base):
    """An order or a contract (订单 / 合同): numbered by the organisation's rule, with its money and dates."""

    __tablename__ = "contract"
    __entity__ = "contract"
    kind: Mapped[str] = mapped_column(String(10), default="contract", server_default="contract")
    number: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(120))
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("opportunity.id"))
    quote_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("quote.id"))
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    signed_on: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft", server_default="draft")
    # Kept by the payment service: what has been received (exact), so lists show % collected without a join.
    received: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_contract_live_signed", "signed_on", "id", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_contract_live_number", "number", sqlite_where=LIVE, postgresql_where=LIVE),
                      # The reports leave money in other currencies out: the (few) contracts not in yuan.
                      Index("ix_contract_foreign_currency", "id", sqlite_where=text("currency != 'CNY'"),
                            postgresql_where=text("currency != 'CNY'")))


class ReceivablePlan(SyncRow, Base):
    """One instalment of a contract's receivable plan (回款计划). Its status follows from `received`, `void`
    and the due date (pending / partly paid / paid / overdue / void)."""

    __tablename__ = "receivable_plan"
    __entity__ = "receivable_plan"
    contract_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("contract.id"), index=True)
    instalment: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    due_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="", server_default="")
    remind_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    received: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    void: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (Index("ix_receivable_plan_live_due", "due_on", "id", sqlite_where=LIVE, postgresql_where=LIVE),)


class Payment(SyncRow, Base):
    """A payment received (回款) against a contract, usually against one of its plan's instalments."""

    __tablename__ = "payment"
    __entity__ = "payment"
    contract_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("contract.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("receivable_plan.id"))
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    received_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="", server_default="")
    overpayment: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    reference: Mapped[str] = mapped_column(String(60), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    # The reports: payments received in a period.
    __table_args__ = (Index("ix_payment_live_received", "received_on", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_payment_live_owner_received", "owner_id", "received_on", sqlite_where=LIVE,
                            postgresql_where=LIVE))


class Invoice(SyncRow, Base):
    """An invoice (发票) issued on a contract, covering some of its payments."""

    __tablename__ = "invoice"
    __entity__ = "invoice"
    contract_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("contract.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    title_type: Mapped[str] = mapped_column(String(12), default="company", server_default="company")
    title: Mapped[str] = mapped_column(String(200))
    tax_number: Mapped[str] = mapped_column(String(20), default="", server_default="")
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(10), default="draft", server_default="draft")
    issued_on: Mapped[date | None] = mapped_column(Date)
    payment_ids: Mapped[list] = mapped_column(JSON, default=list)


class Attachment(SyncRow, Base):
    """A file kept with a record (a signed contract scan): bytes in the database, so it syncs and backs up
    with everything else."""

    __tablename__ = "attachment"
    __entity__ = "attachment"
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    file_name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_attachment_row", "entity", "row_id"),)


class ApprovalFlow(SyncRow, Base):
    """When a record needs approval and by whom: records of `entity` at or above `threshold` (minor units;
    for quote discounts, a discount percentage) go through `steps`, each a role code whose holders decide."""

    __tablename__ = "approval_flow"
    __entity__ = "approval_flow"
    name: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    threshold: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    steps: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))


class ApprovalRequest(SyncRow, Base):
    """A record waiting for (or through) its approval chain; the record is locked while this is pending."""

    __tablename__ = "approval_request"
    __entity__ = "approval_request"
    flow_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("approval_flow.id"))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    summary: Mapped[str] = mapped_column(String(200), default="", server_default="")
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # index into the flow's steps
    status: Mapped[str] = mapped_column(String(10), default="pending", server_default="pending")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_approval_request_row", "entity", "row_id"),
                      Index("ix_approval_request_live_status", "status", "step", sqlite_where=LIVE,
                            postgresql_where=LIVE))


class ApprovalDecision(SyncRow, Base):
    __tablename__ = "approval_decision"
    __entity__ = "approval_decision"
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("approval_request.id"), index=True)
    step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    decision: Mapped[str] = mapped_column(String(10))  # approved / rejected
    comment: Mapped[str] = mapped_column(String(500), default="", server_default="")


class SalesTarget(SyncRow, Base):
    """A target (业绩目标) for a user (owner_id) or a whole department (owner_id empty) for a month
    ("2026-11") or quarter ("2026-Q4"): contract amount signed or payments received."""

    __tablename__ = "sales_target"
    __entity__ = "sales_target"
    period: Mapped[str] = mapped_column(String(7))
    metric: Mapped[str] = mapped_column(String(12))
    amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")

    __table_args__ = (Index("ix_sales_target_period", "period", "metric"),)


class Task(SyncRow, Base):
    """A task, call or meeting (开发计划) on a customer, contact, opportunity or contract, with a reminder."""

    __tablename__ = "task"
    __entity__ = "task"
    kind: Mapped[str] = mapped_column(String(10), default="task", server_default="task")
    title: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40), default="", server_default="")
    row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("customer.id"))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    remind_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(200), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The UID of the iCalendar event it came from or went to, so a re-import updates instead of duplicating.
    ical_uid: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __table_args__ = (Index("ix_task_live_due", "owner_id", "done_at", "due_at", sqlite_where=LIVE,
                            postgresql_where=LIVE),
                      Index("ix_task_live_remind", "remind_at", sqlite_where=text("deleted_at IS NULL AND done_at IS NULL"),
                            postgresql_where=text("deleted_at IS NULL AND done_at IS NULL")),
                      Index("ix_task_row", "entity", "row_id"))


class Lead(SyncRow, Base):
    """A lead (线索): someone who may become a customer. In the lead pool while it has no owner."""

    __tablename__ = "lead"
    __entity__ = "lead"
    name: Mapped[str] = mapped_column(String(100))
    company: Mapped[str] = mapped_column(String(200), default="", server_default="")
    title: Mapped[str] = mapped_column(String(60), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    source: Mapped[str] = mapped_column(String(60), default="", server_default="")
    province: Mapped[str] = mapped_column(String(30), default="", server_default="")
    city: Mapped[str] = mapped_column(String(30), default="", server_default="")
    status: Mapped[str] = mapped_column(String(12), default="new", server_default="new")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    converted_customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    converted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The marketing campaign it is attributed to.
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)

    __table_args__ = (Index("ix_lead_live_status", "status", "created_at", sqlite_where=LIVE, postgresql_where=LIVE),
                      # The reports: leads raised in a period (lead-source conversion).
                      Index("ix_lead_live_created", "created_at", sqlite_where=LIVE, postgresql_where=LIVE))


class ServiceTeam(SyncRow, Base):
    """A service team (服务组): its members and lead, and how new tickets are shared among them."""

    __tablename__ = "service_team"
    __entity__ = "service_team"
    name: Mapped[str] = mapped_column(String(60))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    members: Mapped[list] = mapped_column(JSON, default=list)  # user ids (hex), in round-robin order
    rule: Mapped[str] = mapped_column(String(12), default="manual", server_default="manual")
    product_ids: Mapped[list] = mapped_column(JSON, default=list)  # tickets about these products come here
    provinces: Mapped[list] = mapped_column(JSON, default=list)  # ... and from these provinces
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))


class TicketStatus(SyncRow, Base):
    """A step of the ticket workflow. The built-in steps are always there; an administrator adds more and
    says which steps each may move to (`next`, codes)."""

    __tablename__ = "ticket_status"
    __entity__ = "ticket_status"
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10), default="open", server_default="open")  # new open waiting resolved closed
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next: Mapped[list] = mapped_column(JSON, default=list)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class BusinessCalendar(SyncRow, Base):
    """Working hours per weekday, public holidays and the make-up working days (调休) SLA clocks run on."""

    __tablename__ = "business_calendar"
    __entity__ = "business_calendar"
    name: Mapped[str] = mapped_column(String(60))
    hours: Mapped[dict] = mapped_column(JSON, default=dict)  # {"1": [["09:00", "18:00"]], ...} ISO weekday
    holidays: Mapped[list] = mapped_column(JSON, default=list)  # ISO dates
    workdays: Mapped[list] = mapped_column(JSON, default=list)  # ISO dates worked although a weekend
    time_zone: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai", server_default="Asia/Shanghai")


class SlaPolicy(SyncRow, Base):
    """First-response and resolution targets (business minutes) for tickets of a priority and type."""

    __tablename__ = "sla_policy"
    __entity__ = "sla_policy"
    name: Mapped[str] = mapped_column(String(60))
    priority: Mapped[str] = mapped_column(String(10), default="", server_default="")  # "" = any
    ticket_type: Mapped[str] = mapped_column(String(12), default="", server_default="")  # "" = any
    calendar_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("business_calendar.id"))
    first_response_minutes: Mapped[int] = mapped_column(Integer, default=240, server_default="240")
    resolve_minutes: Mapped[int] = mapped_column(Integer, default=2880, server_default="2880")
    warn_minutes: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))


class Ticket(SyncRow, Base):
    """A service ticket (服务请求 / 投诉 / 建议 ...). Its owner is the agent working it (the assignee)."""

    __tablename__ = "ticket"
    __entity__ = "ticket"
    number: Mapped[str] = mapped_column(String(40))
    ticket_type: Mapped[str] = mapped_column(String(12), default="inquiry", server_default="inquiry")
    channel: Mapped[str] = mapped_column(String(10), default="phone", server_default="phone")
    priority: Mapped[str] = mapped_column(String(10), default="normal", server_default="normal")
    status: Mapped[str] = mapped_column(String(20), default="new", server_default="new")
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("customer.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("contact.id"))
    product_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("product.id"))
    province: Mapped[str] = mapped_column(String(30), default="", server_default="")
    team_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("service_team.id"))
    sla_policy_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("sla_policy.id"))
    response_due: Mapped[datetime | None] = mapped_column(DateTime)
    resolve_due: Mapped[datetime | None] = mapped_column(DateTime)
    responded_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Business minutes taken, recorded when the clock stops (the figures of the service reports).
    response_minutes: Mapped[int | None] = mapped_column(Integer)
    resolve_minutes: Mapped[int | None] = mapped_column(Integer)
    response_breached: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    resolve_breached: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    warned_at: Mapped[datetime | None] = mapped_column(DateTime)
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_ref: Mapped[str] = mapped_column(String(250), default="", server_default="")  # an e-mail's Message-ID

    __table_args__ = (Index("ix_ticket_live_queue", "owner_id", "status", "id", sqlite_where=LIVE,
                            postgresql_where=LIVE),
                      # The service figures: tickets raised and resolved in a period.
                      Index("ix_ticket_live_created", "created_at", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_ticket_live_resolved", "resolved_at", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_ticket_live_team", "team_id", "status", "id", sqlite_where=LIVE,
                            postgresql_where=LIVE),
                      Index("ix_ticket_live_status", "status", "id", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_ticket_live_due", "resolve_due", sqlite_where=text("deleted_at IS NULL AND resolved_at IS NULL"),
                            postgresql_where=text("deleted_at IS NULL AND resolved_at IS NULL")),
                      Index("ix_ticket_customer", "customer_id"),
                      Index("ix_ticket_number", "number"))


class TicketComment(SyncRow, Base):
    """The ticket's timeline: replies, internal notes, and events (status, assignment, SLA, escalation)."""

    __tablename__ = "ticket_comment"
    __entity__ = "ticket_comment"
    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ticket.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="comment", server_default="comment")  # comment note event
    body: Mapped[str] = mapped_column(Text, default="", server_default="")
    event: Mapped[dict] = mapped_column(JSON, default=dict)  # {"code": ..., args}: the UI words it


class WorkOrder(SyncRow, Base):
    """A field visit (派单) for a service request: owned by the technician, who may record it offline."""

    __tablename__ = "work_order"
    __entity__ = "work_order"
    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ticket.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="dispatched", server_default="dispatched")
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime)
    address: Mapped[str] = mapped_column(String(300), default="", server_default="")
    instructions: Mapped[str] = mapped_column(Text, default="", server_default="")
    visited_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[str] = mapped_column(Text, default="", server_default="")
    parts: Mapped[list] = mapped_column(JSON, default=list)  # [{"name", "quantity"}]
    signed_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReturnVisit(SyncRow, Base):
    """A return visit (回访) after a ticket: scheduled, then recorded with its outcome."""

    __tablename__ = "return_visit"
    __entity__ = "return_visit"
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("ticket.id"), index=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("customer.id"))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(12), default="", server_default="")  # satisfied unsatisfied unreachable
    score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_return_visit_live_due", "owner_id", "done_at", "due_at", sqlite_where=LIVE,
                            postgresql_where=LIVE),)


class KbCategory(SyncRow, Base):
    """A knowledge-base category; categories nest."""

    __tablename__ = "kb_category"
    __entity__ = "kb_category"
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("kb_category.id"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class KbArticle(SyncRow, Base):
    """A knowledge-base article (常见问题): rich text, tags, a status, and how often it helped."""

    __tablename__ = "kb_article"
    __entity__ = "kb_article"
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="", server_default="")  # HTML (Qt rich text)
    category_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("kb_category.id"))
    product_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("product.id"))
    tags: Mapped[str] = mapped_column(String(300), default="", server_default="")
    status: Mapped[str] = mapped_column(String(10), default="draft", server_default="draft")
    helped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (Index("ix_kb_article_live_updated", "updated_at", "id", sqlite_where=LIVE, postgresql_where=LIVE),
                      Index("ix_kb_article_live_category", "category_id", "updated_at", "id", sqlite_where=LIVE,
                            postgresql_where=LIVE))


class TicketArticle(SyncRow, Base):
    """An article linked to a ticket (it answered it, or it is worth reading with it)."""

    __tablename__ = "ticket_article"
    __entity__ = "ticket_article"
    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ticket.id"), index=True)
    article_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("kb_article.id"), index=True)
    helped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


# --- Marketing (issue 9): campaigns, segments, resources, e-mail campaigns, automation, loyalty ---------------

class Campaign(SyncRow, Base):
    """A marketing campaign (营销活动): plan, budget and actual cost (minor units), and its owner."""

    __tablename__ = "campaign"
    __entity__ = "campaign"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="other", server_default="other")
    status: Mapped[str] = mapped_column(String(12), default="planned", server_default="planned")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    actual_cost: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    expected_revenue: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    goals: Mapped[str] = mapped_column(Text, default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    template_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # email_template
    segment_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the segment it was filled from

    __table_args__ = (Index("ix_campaign_live_starts", "starts_on", "id", sqlite_where=LIVE, postgresql_where=LIVE),)


class CampaignMember(SyncRow, Base):
    """Someone a campaign reaches: a customer, a contact or a lead; their response once they give one."""

    __tablename__ = "campaign_member"
    __entity__ = "campaign_member"
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("campaign.id"), index=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    lead_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")  # lower-cased
    name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="added", server_default="added")
    response: Mapped[str] = mapped_column(String(24), default="", server_default="")
    responded_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_campaign_member_customer", "campaign_id", "customer_id"),)


class Segment(SyncRow, Base):
    """A customer segment: dynamic (a saved CustomerFilter, evaluated when used) or static (a list)."""

    __tablename__ = "segment"
    __entity__ = "segment"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(8), default="dynamic", server_default="dynamic")
    filter: Mapped[dict] = mapped_column(JSON, default=dict)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")


class SegmentMember(SyncRow, Base):
    """A customer on a static segment's list."""

    __tablename__ = "segment_member"
    __entity__ = "segment_member"
    segment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("segment.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"))

    __table_args__ = (Index("ix_segment_member_segment", "segment_id", "customer_id"),)


class MarketingResource(SyncRow, Base):
    """A marketing resource (templates, images, documents); its file is an attachment row
    (entity 'marketing_resource', row_id = this id)."""

    __tablename__ = "marketing_resource"
    __entity__ = "marketing_resource"
    kind: Mapped[str] = mapped_column(String(12), default="document", server_default="document")
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    tags: Mapped[list] = mapped_column(JSON, default=list)


class CampaignResource(SyncRow, Base):
    """A resource used by a campaign."""

    __tablename__ = "campaign_resource"
    __entity__ = "campaign_resource"
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("campaign.id"), index=True)
    resource_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("marketing_resource.id"), index=True)


class EmailTemplate(SyncRow, Base):
    """An e-mail template with merge fields ({{name}}, {{company}}, {{owner}}, {{unsubscribe}})."""

    __tablename__ = "email_template"
    __entity__ = "email_template"
    name: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(255), default="", server_default="")
    body: Mapped[str] = mapped_column(Text, default="", server_default="")
    html: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class EmailDelivery(SyncRow, Base):
    """One e-mail of a campaign to one address: at most one per (campaign, address), so nothing goes twice."""

    __tablename__ = "email_delivery"
    __entity__ = "email_delivery"
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("campaign.id"))
    member_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # campaign_member
    email: Mapped[str] = mapped_column(String(254))  # lower-cased
    status: Mapped[str] = mapped_column(String(10), default="queued", server_default="queued")
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    message_id: Mapped[str] = mapped_column(String(255), default="", server_default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ux_email_delivery_campaign_email", "campaign_id", "email", unique=True),)


class EmailUnsubscribe(SyncRow, Base):
    """An address that never receives campaign e-mail again."""

    __tablename__ = "email_unsubscribe"
    __entity__ = "email_unsubscribe"
    email: Mapped[str] = mapped_column(String(254), unique=True)  # lower-cased
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    source: Mapped[str] = mapped_column(String(24), default="", server_default="")  # link manual bounce import


class AutomationRule(SyncRow, Base):
    """When something happens (trigger + condition), do something (action + params)."""

    __tablename__ = "automation_rule"
    __entity__ = "automation_rule"
    name: Mapped[str] = mapped_column(String(120))
    trigger: Mapped[str] = mapped_column(String(32))
    condition: Mapped[dict] = mapped_column(JSON, default=dict)
    action: Mapped[str] = mapped_column(String(24))
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AutomationRun(SyncRow, Base):
    """One firing of a rule on one record (audited; unique, so a rule never fires twice for one change)."""

    __tablename__ = "automation_run"
    __entity__ = "automation_run"
    rule_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("automation_rule.id"))
    source_action_id: Mapped[int | None] = mapped_column(Integer)  # the source journal entry's seq
    # The desk whose journal holds that entry: each desk numbers its own journal, so two desks' changes of one
    # record can carry the same seq and are still two changes to act on.
    source_device: Mapped[str] = mapped_column(String(64), default="", server_default="")
    target_entity: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(10), default="done", server_default="done")
    detail: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ux_automation_run_once", "rule_id", "target_entity", "target_id", "source_device",
                            "source_action_id", unique=True),)


class LoyaltyTier(SyncRow, Base):
    """A membership tier (普通 / 银卡 / 金卡 / 钻石): reached at `threshold` points."""

    __tablename__ = "loyalty_tier"
    __entity__ = "loyalty_tier"
    name: Mapped[str] = mapped_column(String(40))
    threshold: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    benefits: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class LoyaltyRule(SyncRow, Base):
    """How points are earned: per amount paid (`points` per `per_amount` minor units of `currency`) or per event."""

    __tablename__ = "loyalty_rule"
    __entity__ = "loyalty_rule"
    kind: Mapped[str] = mapped_column(String(16))
    event: Mapped[str] = mapped_column(String(24), default="", server_default="")
    points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    per_amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # There are no exchange rates: a payment earns by the per-amount rules of its own currency only.
    currency: Mapped[str] = mapped_column(String(3), default="CNY", server_default="CNY")
    expires_after_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0 = never
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))


class LoyaltyEntry(SyncRow, Base):
    """The points ledger: earn, redeem, expire, adjust (signed points; redeem/expire negative)."""

    __tablename__ = "loyalty_entry"
    __entity__ = "loyalty_entry"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(8))
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_entity: Mapped[str] = mapped_column(String(40), default="", server_default="")
    source_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    happened_at: Mapped[datetime] = mapped_column(DateTime)
    expires_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_loyalty_entry_customer_time", "customer_id", "happened_at"),
                      # Earning from one payment (or any source) happens once.
                      Index("ux_loyalty_entry_source", "source_entity", "source_id", "kind", unique=True,
                            sqlite_where=text("source_id IS NOT NULL"),
                            postgresql_where=text("source_id IS NOT NULL")))


class JournalAction(Base):
    """One user action (a form save, a delete, a bulk job, an undo): the unit that undo reverts."""

    __tablename__ = "journal_action"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    label: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    hlc: Mapped[str] = mapped_column(String(48))
    undo_of: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("journal_action.id"), index=True)

    __table_args__ = (Index("ix_journal_action_user_at", "user_id", "at"),)


class JournalEntry(Base):
    """One operation on one row, written in the same transaction as the change it describes.

    It carries what the audit trail (who, when, which fields old -> new), undo (the old values) and the sync
    outbox (op id, base version, clock, `synced_at`) each need, so none of them needs a second record.
    """

    __tablename__ = "journal_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_id)
    action_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("journal_action.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(16))  # create / update / delete / restore
    changes: Mapped[dict] = mapped_column(JSON)  # {field: [old, new]}
    base_version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(48))
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    synced_at: Mapped[datetime | None] = mapped_column(DateTime)
    # SHA-256 of this entry chained to the previous one (data/audit_chain.py): the trail is tamper-evident.
    chain_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_journal_entry_row", "entity", "row_id", "seq"),
        Index("ix_journal_entry_outbox", "seq", sqlite_where=text("synced_at IS NULL"),
              postgresql_where=text("synced_at IS NULL")),
    )


class Credential(Base):
    """A user's sign-in secrets on this replica: local-only, never synced, never journaled as values (the
    journal records that a password changed, not the hash). Sign-in throttling lives here too, so it
    survives restarting the app."""

    __tablename__ = "credential"
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("app_user.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # The hashes of the last few passwords, newest first, so the policy can refuse reusing one.
    previous_hashes: Mapped[list] = mapped_column(JSON, default=list)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lockouts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # in a row: the back-off
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    totp_secret: Mapped[str | None] = mapped_column(String(64))


class RememberToken(Base):
    """"Remember me": the token itself lives only in the OS keyring; this table keeps its SHA-256, so a
    copied database file does not let anyone in."""

    __tablename__ = "remember_token"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("app_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class SyncIssue(Base):
    """What a sync could not simply apply, kept locally for the user: a conflict (both values, who and when;
    the server's value stands until someone decides) or an operation the server rejected (with why)."""

    __tablename__ = "sync_issue"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # conflict | rejected
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60), default="")
    mine: Mapped[dict | list | str | None] = mapped_column(JSON)
    theirs: Mapped[dict | list | str | None] = mapped_column(JSON)
    winner: Mapped[str] = mapped_column(String(8), default="")  # mine | theirs: what stands now
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class LocalMeta(Base):
    """Per-replica facts: this device's id, the current user, the clock's last stamp."""

    __tablename__ = "local_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


BUSINESS_MODELS: dict[str, type[SyncRow]] = {
    m.__entity__: m for m in (Department, User, Role, UserRole, Customer, Contact, Activity, Tag, CustomerTag,
                               Lookup, Pool, AppSetting, ProductCategory, Product, Supplier, SupplierCustomer,
                               SupplierPrice, Pipeline, PipelineStage,
                               Opportunity, OpportunityLine, OpportunityStageSpan, Quote, QuoteLine, Contract,
                               ReceivablePlan, Payment, Invoice, Attachment, ApprovalFlow, ApprovalRequest,
                               ApprovalDecision, SalesTarget, Task, Lead, ServiceTeam, TicketStatus,
                               BusinessCalendar, SlaPolicy, Ticket, TicketComment, WorkOrder, ReturnVisit,
                               KbCategory, KbArticle, TicketArticle, Campaign, CampaignMember, Segment,
                               SegmentMember, MarketingResource, CampaignResource, EmailTemplate, EmailDelivery,
                               EmailUnsubscribe, AutomationRule, AutomationRun, LoyaltyTier, LoyaltyRule,
                               LoyaltyEntry)
}
