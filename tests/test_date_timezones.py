"""Date in several time zones, checked against node run live (one node process per zone).

The engine reads the TZ environment variable at call time, so each case sets TZ, runs
the same script through the Engine and through node, and compares the printed lines:
toString (offset and node's long zone name), getTimezoneOffset (DST, historic offsets,
local mean time), Date.parse of local forms, and local-time construction across
skipped / repeated hours."""

from __future__ import annotations

import os
import subprocess

import pytest

from jskernel.engine import Engine

SCRIPT = r"""
const out = [];
const times = [0, 1709647389123, 1720000000000, -1e12, 1e13, -5e12, -8.64e15, 8.64e15, 951782400000,
  Date.UTC(1800, 0, 1), Date.UTC(1950, 6, 1), Date.UTC(2011, 2, 27, 1, 30), Date.UTC(2024, 9, 27, 0, 59),
  Date.UTC(2024, 9, 27, 1, 0), Date.UTC(2024, 3, 7, 2, 0), Date.UTC(2024, 8, 29, 14, 0)];
for (const t of times) {
  const d = new Date(t);
  out.push([t, d.toString(), d.getTimezoneOffset(), d.getHours(), d.getDate()].join(" | "));
}
const local = [[2024, 2, 10, 2, 30], [2024, 10, 3, 1, 30], [2024, 2, 31, 2, 30], [2024, 9, 27, 2, 30],
  [2024, 3, 7, 2, 30], [2024, 9, 6, 2, 30], [1800, 0, 1], [1970, 0, 1], [2100, 6, 1], [-50000, 6, 1]];
for (const a of local) {
  const d = new Date(...a);
  out.push([a.join(","), d.getTime(), d.toTimeString()].join(" | "));
}
const strings = ["2024-03-05T14:03:09", "2024-07-05 10:00", "Mar 5 2024", "March 5, 2024 10:00 PM", "2024/03/05",
  "Tue Mar 05 2024 14:03:09 GMT+0100", "2024-03-05", "1800-01-01T00:00"];
for (const s of strings) out.push(s + " | " + Date.parse(s));
out.push(new Date(2024, 0, 15).toLocaleString() + " | " + new Date(2024, 6, 15, 13).toLocaleTimeString());
console.log(out.join("\n"));
"""

ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Europe/London", "Australia/Sydney",
         "America/Los_Angeles", "Asia/Tokyo", "Europe/Dublin", "America/St_Johns", "Pacific/Chatham",
         "Europe/Moscow", "America/Sao_Paulo", "Etc/GMT+5", "Asia/Dubai", "", "Not/AZone"]


def _ours(tz):
    saved = os.environ.get("TZ")
    os.environ["TZ"] = tz
    try:
        out: list[str] = []
        Engine(stdout=out.append, stderr=lambda s: None).evaluate(SCRIPT, filename="tz.js")
        return "".join(out)
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved


@pytest.mark.parametrize("tz", ZONES)
def test_date_in_time_zone_matches_node(tz):
    node = subprocess.run(["node", "-e", SCRIPT], capture_output=True, text=True,
                          env=dict(os.environ, TZ=tz), timeout=60)
    assert node.returncode == 0, node.stderr
    ours = _ours(tz)
    assert ours.splitlines() == node.stdout.splitlines()
