#!/usr/bin/env python3
"""Checks the demo catalogue files against the data contract (catalog-data-format): run from this directory.

    python3 check_demo.py

Standard library only. Exits non-zero and lists every problem found.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

# the demo data lives in the portal's resources; this script lives in tools/ so that it is not in the jar
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'portal', 'src', 'main', 'resources', 'catalog', 'demo')
AGENCY_CODE = re.compile(r"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$")
PROCEDURE_CODE = re.compile(r"^[0-9]\.[0-9]{6}$")
LEVELS = {"PROVINCE", "SERVICE_CENTRE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ONE_STOP_UNIT", "UNIT"}
SCHEDULES = {"TIEU_CHUAN", "LAM_SANG_THU_BAY"}
UNITS = {"Ngày làm việc", "Ngày", "Giờ", "Giờ làm việc"}
ONLINE = {"FULL", "PARTIAL", "NONE"}
ASSURANCE = {"SELF_DECLARED", "VERIFIED_BY_CODE", "NATIONAL_IDENTITY"}
FIELD_TYPES = {"TEXT", "TEXTAREA", "NUMBER", "DATE", "SELECT", "CITIZEN_ID", "PHONE", "EMAIL"}
PREFILL = {None, "FULL_NAME", "CITIZEN_ID", "BIRTH_DATE", "PHONE", "EMAIL", "ADDRESS", "ORGANISATION_NAME",
           "TAX_CODE"}
ROLES = {"IMPLEMENTING", "COMPETENT", "AUTHORISED", "COORDINATING"}
FIXED = {"000.00.01.H63": "SERVICE_CENTRE", "000.00.15.H63": "DEPARTMENT"}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        text = f.read()
    if unicodedata.normalize("NFC", text) != text:
        problem(name, "text is not NFC-normalised")
    return json.loads(text)


def check_agencies(agencies):
    codes = {}
    for i, a in enumerate(agencies):
        where = f"agencies.json[{i}] {a.get('code')}"
        code = a.get("code", "")
        if not AGENCY_CODE.match(code):
            problem(where, "code does not match QCVN 102 form")
        if code in codes:
            problem(where, "duplicate code")
        if a.get("level") not in LEVELS:
            problem(where, f"unknown level {a.get('level')}")
        if a.get("scheduleCode") not in SCHEDULES:
            problem(where, f"unknown scheduleCode {a.get('scheduleCode')}")
        parent = a.get("parentCode")
        if parent is None and code != "000.00.00.H63":
            problem(where, "only the province may have no parent")
        if parent is not None and parent not in codes:
            problem(where, f"parent {parent} missing or not listed before its child")
        for key in ("name", "shortName", "address", "phone", "email", "validFrom"):
            if not a.get(key):
                problem(where, f"{key} is blank")
        if a.get("email") and not a["email"].endswith("@yenbai.gov.vn"):
            problem(where, "e-mail is not @yenbai.gov.vn")
        qa = a.get("qaContact")
        if qa is not None and not all(qa.get(k) for k in ("name", "title", "phone", "email")):
            problem(where, "qaContact incomplete")
        if a.get("level") in ("SERVICE_CENTRE", "DEPARTMENT", "DISTRICT") and a.get("validTo") is None and not qa:
            problem(where, "QA-7: current centre/department/district without a Q&A contact")
        if (a.get("validTo") is None) != (a.get("successorCode") is None) and a.get("successorCode"):
            problem(where, "successorCode without validTo")
        codes[code] = a
    for code, a in codes.items():
        succ = a.get("successorCode")
        if succ is not None and succ not in codes:
            problem(code, f"successor {succ} not in agencies.json")
    for code, level in FIXED.items():
        if code not in codes:
            problem("agencies.json", f"fixed code {code} missing")
        elif codes[code]["level"] != level:
            problem(code, f"must be {level}")
    if codes.get("000.00.01.H63", {}).get("receivingPoint") is not True:
        problem("000.00.01.H63", "the Centre must be a receiving point")
    return codes


def check_sectors(sectors):
    fields = {}
    for s in sectors:
        for f in s.get("fields", []):
            if f["code"] in fields:
                problem("sectors.json", f"field {f['code']} under more than one sector")
            fields[f["code"]] = s["code"]
    return fields


def check_procedures(procedures, agency_codes, fields):
    seen = set()
    by_sector = {}
    for p in procedures:
        code = p.get("MATTHC", "")
        where = f"procedures.json {code}"
        if not PROCEDURE_CODE.match(code):
            problem(where, "MATTHC does not match d.dddddd")
        if code in seen:
            problem(where, "duplicate MATTHC")
        seen.add(code)
        if not p.get("TENTTHC", "").strip():
            problem(where, "TENTTHC blank")
        lv = p.get("LINHVUCTHUCHIEN") or []
        if not lv:
            problem(where, "no LINHVUCTHUCHIEN")
        for f in lv:
            if f.get("MALINHVUC") not in fields:
                problem(where, f"MALINHVUC {f.get('MALINHVUC')} not in sectors.json")
            else:
                by_sector.setdefault(fields[f["MALINHVUC"]], []).append(code)
        ways = p.get("CACHTHUCTHUCHIEN") or []
        if not ways:
            problem(where, "no CACHTHUCTHUCHIEN")
        kenhs = set()
        for w in ways:
            kenhs.add(w.get("KENH"))
            if w.get("KENH") not in ("1", "2", "3"):
                problem(where, f"unknown KENH {w.get('KENH')}")
            t = (w.get("THOIGIAN") or [{}])[0]
            if t.get("DONVITINH") not in UNITS:
                problem(where, f"unknown DONVITINH {t.get('DONVITINH')}")
            if not str(t.get("THOIGIANGIAIQUYET", "")).isdigit():
                problem(where, "THOIGIANGIAIQUYET is not a whole number")
            for fee in t.get("PHILEPHI", []):
                if fee.get("SOTIEN") not in ("", None) and not str(fee["SOTIEN"]).isdigit():
                    problem(where, f"fee {fee.get('MAPHILEPHI')} SOTIEN not whole đồng")
        docs = [g for c in p.get("THANHPHANHOSO", []) for g in c.get("GIAYTO", [])]
        if not docs:
            problem(where, "no GIAYTO")
        doc_codes = {g.get("MAGIAYTO") for g in docs}
        groups = p.get("THANHPHANHOSO", [])
        named = {c.get("TRUONGHOP") for c in groups + p.get("TRINHTUTHUCHIEN", []) if c.get("TRUONGHOP")}
        for case in named or {""}:
            codes_in_case = [g.get("MAGIAYTO") for c in groups if c.get("TRUONGHOP", "") in ("", case)
                             for g in c.get("GIAYTO", [])]
            if len(codes_in_case) != len(set(codes_in_case)):
                problem(where, f"a component code repeats within case '{case}'")
        kenh_list = [w.get("KENH") for w in p.get("CACHTHUCTHUCHIEN", [])]
        if len(kenh_list) != len(set(kenh_list)):
            problem(where, "a KENH repeats")
        for g in docs:
            url = g.get("URL", "")
            if url and not url.startswith("https://"):
                if not os.path.isfile(os.path.join(HERE, url)):
                    problem(where, f"form {url} not found")
                else:
                    try:
                        with zipfile.ZipFile(os.path.join(HERE, url)) as z:
                            if z.testzip() is not None or "word/document.xml" not in z.namelist():
                                problem(where, f"form {url} is not a valid .docx")
                    except zipfile.BadZipFile:
                        problem(where, f"form {url} is not a zip")
            if g.get("TENMAUDON") and not url:
                problem(where, f"{g.get('MAGIAYTO')} names a form but has no URL")
        for s in p.get("CANCUPHAPLY", []):
            if not s.get("SOVANBAN"):
                problem(where, "legal document without SOVANBAN")
        loc = p.get("_local")
        if loc is None:
            problem(where, "no _local")
            continue
        if loc.get("onlineLevel") not in ONLINE:
            problem(where, "unknown onlineLevel")
        if loc.get("requiredAssurance", "SELF_DECLARED") not in ASSURANCE:
            problem(where, "unknown requiredAssurance")
        online = loc.get("onlineLevel") in ("FULL", "PARTIAL")
        if online and "2" not in kenhs:
            problem(where, "offered online but has no KENH 2")
        if not online and "2" in kenhs:
            problem(where, "NONE but has a KENH 2")
        if online and not loc.get("formFields"):
            problem(where, "offered online without formFields")
        names = set()
        for ff in loc.get("formFields", []):
            if ff.get("type") not in FIELD_TYPES:
                problem(where, f"field {ff.get('name')}: unknown type")
            if ff.get("prefill") not in PREFILL:
                problem(where, f"field {ff.get('name')}: unknown prefill")
            if ff.get("type") == "SELECT" and not ff.get("options"):
                problem(where, f"field {ff.get('name')}: SELECT without options")
            if not ff.get("label"):
                problem(where, f"field {ff.get('name')}: no label")
            if ff.get("name") in names:
                problem(where, f"field {ff.get('name')}: duplicate")
            names.add(ff.get("name"))
        for opt in loc.get("optionalComponents", []):
            if opt not in doc_codes:
                problem(where, f"optional component {opt} is not a MAGIAYTO")
        if "cutoff" in loc and not re.match(r"^[0-2][0-9]:[0-5][0-9]$", loc["cutoff"]):
            problem(where, "cutoff not HH:mm")
        roles = loc.get("agencies", {})
        for role, codes in roles.items():
            if role not in ROLES:
                problem(where, f"unknown agency role {role}")
            for c in codes:
                if c not in agency_codes:
                    problem(where, f"{role} agency {c} not in agencies.json")
                elif agency_codes[c].get("validTo") is not None:
                    problem(where, f"{role} agency {c} is no longer valid")
        if not roles.get("COMPETENT"):
            problem(where, "no COMPETENT agency")
    return seen, by_sector


def main():
    agency_codes = check_agencies(load("agencies.json"))
    fields = check_sectors(load("sectors.json"))
    procedures, by_sector = check_procedures(load("procedures.json"), agency_codes, fields)
    if len(procedures) < 40:
        problem("procedures.json", f"only {len(procedures)} procedures (at least 40 expected)")
    if len(by_sector) < 8:
        problem("procedures.json", f"only {len(by_sector)} sectors in use (at least 8 expected)")
    forms = [f for f in os.listdir(os.path.join(HERE, "forms")) if f.endswith(".docx")]
    print(f"{len(agency_codes)} agencies, {len(fields)} fields, {len(procedures)} procedures, {len(forms)} forms")
    for sector, codes in sorted(by_sector.items()):
        print(f"  {sector}: {len(codes)}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
