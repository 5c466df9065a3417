"""The customer form's History tab reads like the form: choices by their labels, references by their names,
and changes no user made marked as the system's."""

from .conftest import on_modal


def test_history_shows_labels_names_and_the_system(window, demo_service, qtbot):
    screen = window.customers
    row = screen.model.row_value(0)
    demo_service.update(row.id, {"status": "closed"})
    seen = {}

    def look(dialog):
        table = dialog.history
        rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        seen["rows"] = rows
        seen["labels"] = {code: dialog.editors["status"].itemText(dialog.editors["status"].findData(code))
                          for code in ("potential", "closed")}
        seen["enterprise"] = dialog.editors["customer_type"].itemText(
            dialog.editors["customer_type"].findData("enterprise"))
        dialog.reject()
    on_modal(look)
    screen.open_customer(row.id)
    by_field = {}
    for time, who, change, field, old, new in seen["rows"]:
        by_field.setdefault(field, []).append((who, old, new))
    # The user's change: status closed-deal, from potential, both by their labels.
    assert (seen["labels"]["potential"], seen["labels"]["closed"]) in [(o, n) for _w, o, n in by_field["Status"]]
    assert seen["enterprise"] in [n for _w, _o, n in by_field["Type"]]
    assert "enterprise" not in {n for _w, _o, n in by_field["Type"]}
    # The demo seeder created the customer: no user, shown as the system.
    assert {who for who, _o, _n in by_field["Name"]} == {"System"}
    # The department reads as its name: no UUID anywhere in the tab.
    assert all(len(v) != 36 or v.count("-") != 4 for r in seen["rows"] for v in r)
