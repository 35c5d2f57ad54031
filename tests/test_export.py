"""crr export: CSV files and a datapackage.json that Frictionless accepts."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from frictionless import Package, validate

from assistant.data.build import build
from assistant.data.export import TABLES, VIEWS, export, main


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    db_path = build(root / "t.db")
    return db_path, export(db_path, root / "out")


def test_the_package_is_valid(exported):
    _, descriptor = exported
    report = validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_every_table_has_a_csv_with_the_database_rows_in_key_order(exported):
    db_path, descriptor = exported
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in package["resources"]}
    assert list(resources) == list(TABLES + VIEWS)
    with sqlite3.connect(db_path) as db:
        for table in TABLES + VIEWS:
            with (descriptor.parent / f"{table}.csv").open(encoding="utf-8", newline="") as f:
                header, *rows = list(csv.reader(f))
            assert len(rows) == db.execute(f"select count(*) from [{table}]").fetchone()[0]
            key = resources[table]["schema"].get("primaryKey", header)
            keys = [tuple(row[header.index(name)] for name in key) for row in rows]
            assert keys == sorted(keys), table


def test_no_search_index_or_build_table_is_exported(exported):
    _, descriptor = exported
    names = {path.name for path in descriptor.parent.iterdir()}
    assert not any("_fts" in name or name.startswith("build_info") for name in names)


def test_schemas_carry_types_keys_and_descriptions(exported):
    _, descriptor = exported
    package = Package(str(descriptor))
    observations = package.get_resource("observations").schema
    assert observations.primary_key == ["id"]
    assert observations.get_field("value").type == "number"
    assert observations.get_field("year").type == "integer"
    assert {"fields": ["metric_id"], "reference": {"resource": "metrics", "fields": ["id"]}} \
        in observations.to_descriptor()["foreignKeys"]
    undescribed = [f"{resource.name}.{field.name}" for resource in package.resources
                   for field in resource.schema.fields if not field.description]
    assert undescribed == []


def test_licences_and_sources_come_from_the_sources_table(exported):
    db_path, descriptor = exported
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    with sqlite3.connect(db_path) as db:
        urls = {row[0] for row in db.execute("select url_main from sources")}
        licences = {row[0] for row in db.execute("select license_name from sources")}
    assert package["name"] == "crr-china-russia-relations"
    assert {source["path"] for source in package["sources"]} == urls
    assert {licence["title"] for licence in package["licenses"]} == licences


def test_main_prints_the_descriptor_path(exported, tmp_path, capsys):
    db_path, _ = exported
    assert main([str(tmp_path / "out"), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "out" / "datapackage.json")


def test_dates_are_typed_as_dates(exported):
    _, descriptor = exported
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    observations = next(r for r in package["resources"] if r["name"] == "observations")
    types = {f["name"]: f["type"] for f in observations["schema"]["fields"]}
    assert types["period_start"] == types["period_end"] == "date"


def test_a_byte_order_mark_for_spreadsheets_keeps_the_package_valid(exported, tmp_path):
    db_path, _ = exported
    assert main([str(tmp_path / "bom"), "--db", str(db_path), "--bom"]) == 0
    assert (tmp_path / "bom" / "events.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    report = validate(str(tmp_path / "bom" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
