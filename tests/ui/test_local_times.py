"""Times are stored as naive UTC and shown in the computer's local time: a rep in Beijing (UTC+8) sees a
follow-up made at 03:46 on 9 April as just that, not as 19:46 on the 8th."""

from datetime import datetime

from crm_desktop.domain.times import local_day, local_time

from .conftest import on_modal

STORED = datetime(2026, 4, 8, 19, 46, 24)  # UTC, as the unit of work stamps it
IN_BEIJING = "2026-04-09 03:46"


def test_a_stored_time_reads_in_local_time(beijing_time):
    assert local_time(STORED) == IN_BEIJING
    assert local_time(STORED, seconds=True) == IN_BEIJING + ":24"
    assert local_time(STORED.isoformat()) == IN_BEIJING  # as the journal keeps it
    assert local_day(STORED) == "2026-04-09"  # the local day, a day after the UTC one
    assert local_time(None) == "" and local_time("not a time") == "not a time"


def test_the_customer_list_and_form_show_local_times(beijing_time, window, demo_service, qtbot):
    screen = window.customers
    row = screen.model.row_value(0)
    demo_service.add_activity(row.id, "phone", "报价确认", happened_at=STORED)
    shown = screen.model.display(row)
    assert local_time(row.created_at) in shown
    assert row.created_at.strftime("%Y-%m-%d %H:%M") not in shown  # 8 hours apart: never the UTC text
    seen = {}

    def look(dialog):
        table = dialog.activities
        seen["follow-ups"] = [table.item(r, 0).text() for r in range(table.rowCount())
                              if table.item(r, 2).text() == "报价确认"]
        seen["history"] = {dialog.history.item(r, 0).text() for r in range(dialog.history.rowCount())}
        dialog.reject()
    on_modal(look)
    screen.open_customer(row.id)
    assert seen["follow-ups"] == [IN_BEIJING]
    journaled = {local_time(ch.at) for ch in demo_service.history(row.id)}
    assert seen["history"] == journaled
