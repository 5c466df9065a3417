"""Which source column fills which field of a customer (and of its first contact) on import: the targets,
the header words that map themselves (Chinese and English), and presets for common sources.

A mapping is {source column index: target}; targets are "customer.<field>" or "contact.<field>"."""

from __future__ import annotations

import re

CUSTOMER_TARGETS = ("name", "short_name", "customer_type", "level", "industry", "source", "status", "province",
                    "city", "district", "address", "phone", "mobile", "email", "website", "credit_code", "notes",
                    "next_follow_up", "tags")
CONTACT_TARGETS = ("name", "title", "department", "phone", "mobile", "email", "wechat", "birthday", "notes")
# "row.country" fills no field: it tells which country the row's phone numbers are written for.
TARGETS = tuple(f"customer.{t}" for t in CUSTOMER_TARGETS) + tuple(f"contact.{t}" for t in CONTACT_TARGETS) + \
    ("row.country",)
# Country names and codes as exports write them -> the region phonenumbers parses national numbers in.
COUNTRY_REGIONS = {"中国": "CN", "china": "CN", "cn": "CN", "prc": "CN", "中华人民共和国": "CN", "us": "US", "usa": "US",
                   "u.s.a.": "US", "unitedstates": "US", "unitedstatesofamerica": "US", "美国": "US", "canada": "CA",
                   "ca": "CA", "加拿大": "CA", "uk": "GB", "gb": "GB", "unitedkingdom": "GB", "英国": "GB",
                   "香港": "HK", "hongkong": "HK", "hk": "HK", "台湾": "TW", "taiwan": "TW", "tw": "TW", "澳门": "MO",
                   "macau": "MO", "macao": "MO", "japan": "JP", "日本": "JP", "jp": "JP", "germany": "DE",
                   "deutschland": "DE", "de": "DE", "德国": "DE", "france": "FR", "fr": "FR", "法国": "FR",
                   "singapore": "SG", "新加坡": "SG", "sg": "SG", "australia": "AU", "澳大利亚": "AU", "au": "AU",
                   "korea": "KR", "southkorea": "KR", "韩国": "KR", "kr": "KR"}


def country_region(name: str) -> str | None:
    return COUNTRY_REGIONS.get(re.sub(r"[\s_]", "", (name or "").strip().lower()))

# Header words (lower-case, spaces, '*' and punctuation removed) that name a target whatever the source.
SYNONYMS: dict[str, str] = {}
for target, words in {
    "customer.name": "客户名称 客户 公司名称 公司 单位名称 企业名称 名称 accountname account company companyname "
                     "organization organization1name org name",
    "customer.short_name": "简称 客户简称 shortname",
    "customer.customer_type": "客户类型 类型 type",
    "customer.level": "客户级别 级别 等级 rating level",
    "customer.industry": "客户行业 行业 所属行业 industry",
    "customer.source": "客户来源 来源 leadsource accountsource source",
    "customer.status": "客户状态 成交状态 状态 status",
    "customer.province": "省 省份 所在省 billingstate state region billingstateprovince",
    "customer.city": "市 城市 所在市 billingcity city",
    "customer.district": "区 区县 县区",
    "customer.address": "详细地址 地址 billingstreet street address businessstreet",
    "customer.phone": "电话 固定电话 座机 公司电话 phone businessphone companymainphone",
    "customer.mobile": "手机 手机号 手机号码 mobile mobilephone cellphone",
    "customer.email": "邮箱 电子邮件 email emailaddress email1value e-mailaddress e-mail1value",
    "customer.website": "网址 网站 公司网址 website web url",
    "customer.credit_code": "统一社会信用代码 信用代码 社会信用代码 creditcode uscc",
    "customer.notes": "备注 描述 说明 notes description note",
    "customer.next_follow_up": "下次联系时间 下次跟进时间 下次跟进 nextfollowup",
    "customer.tags": "标签 tags",
    "contact.name": "联系人 联系人姓名 姓名 contactname fullname fn",
    "contact.title": "职务 职位 title jobtitle",
    "contact.department": "部门 所在部门 department",
    "contact.wechat": "微信 微信号 wechat",
    "contact.birthday": "生日 出生日期 birthday birthdate bday",
    "row.country": "国家 国家地区 country billingcountry countryregion",
}.items():
    for word in words.split():
        SYNONYMS.setdefault(word, target)

# Presets: exact source headers (as normalised by `header_key`) for a known export, tried before the synonyms.
PRESETS: dict[str, dict[str, str]] = {
    # Salesforce Data Loader / Data Export (API names, upper-case).
    # An account's Type says how far the relationship got (Prospect, Customer - Direct), so it is the status.
    "salesforce": {"name": "customer.name", "type": "customer.status", "phone": "customer.phone",
                   "website": "customer.website", "industry": "customer.industry",
                   "billingstreet": "customer.address", "billingcity": "customer.city",
                   "billingstate": "customer.province", "description": "customer.notes",
                   "accountsource": "customer.source", "rating": "customer.level", "billingcountry": "row.country"},
    # Google Contacts CSV.
    "google": {"name": "contact.name", "organization1name": "customer.name",
               "organization1title": "contact.title", "e-mail1value": "contact.email",
               "email1value": "contact.email", "phone1value": "contact.mobile", "phone2value": "contact.phone",
               "birthday": "contact.birthday", "notes": "customer.notes", "address1formatted": "customer.address"},
    # Outlook contacts CSV (English).
    "outlook": {"company": "customer.name", "jobtitle": "contact.title", "department": "contact.department",
                "e-mailaddress": "contact.email", "emailaddress": "contact.email", "businessphone": "customer.phone",
                "mobilephone": "contact.mobile", "businessstreet": "customer.address", "businesscity": "customer.city",
                "businessstate": "customer.province", "webpage": "customer.website", "notes": "customer.notes",
                "birthday": "contact.birthday"},
    # WukongCRM-style Excel template (客户导入模板): a merged instruction row above '*'-marked headers.
    "wukong": {"客户名称": "customer.name", "手机": "customer.mobile", "电话": "customer.phone",
               "邮箱": "customer.email", "网址": "customer.website", "客户级别": "customer.level",
               "客户来源": "customer.source", "客户行业": "customer.industry", "省": "customer.province",
               "市": "customer.city", "区": "customer.district", "详细地址": "customer.address",
               "备注": "customer.notes", "下次联系时间": "customer.next_follow_up", "成交状态": "customer.status"},
    # vCard files (the reader's columns).
    "vcard": {"fn": "contact.name", "org": "customer.name", "title": "contact.title", "tel;cell": "contact.mobile",
              "tel;work": "contact.phone", "tel": "customer.phone", "email": "contact.email", "adr": "customer.address",
              "url": "customer.website", "note": "customer.notes", "bday": "contact.birthday"},
}


def header_key(header: str) -> str:
    return re.sub(r"[\s*_:()（）：\-./]", "", header.strip().lstrip("*").lower()).replace("e-mail", "email") \
        if header else ""


def auto_mapping(headers: list[str], preset: str | None = None) -> dict[int, str]:
    """Column index -> target for the columns that name a target (a preset's headers first); each target is
    filled from one column at most (the first that names it)."""
    chosen: dict[int, str] = {}
    used: set[str] = set()
    table = PRESETS.get(preset or "", {})
    for pass_table in (table, SYNONYMS):
        for i, header in enumerate(headers):
            if i in chosen:
                continue
            key = header_key(header) if pass_table is SYNONYMS else _preset_key(header)
            target = pass_table.get(key)
            if target and target not in used:
                chosen[i] = target
                used.add(target)
    return chosen


def _preset_key(header: str) -> str:
    return header.strip().lstrip("*").strip().lower().replace(" ", "").replace("_", "") if header else ""


def guess_preset(headers: list[str]) -> str | None:
    keys = {_preset_key(h) for h in headers}
    if {"fn", "tel;cell"} <= keys:
        return "vcard"
    if {"billingcity", "name"} <= keys or "accountsource" in keys:
        return "salesforce"
    if "organization1name" in keys or "e-mail1value" in keys or "email1value" in keys:
        return "google"
    if {"firstname", "lastname", "company"} <= keys or "businessphone" in keys:
        return "outlook"
    if "客户名称" in keys:
        return "wukong"
    return None


__all__ = ["country_region", "TARGETS", "CUSTOMER_TARGETS", "CONTACT_TARGETS", "PRESETS", "auto_mapping", "guess_preset",
           "header_key"]
