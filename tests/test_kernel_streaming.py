"""Console output streams while a cell is still running.

A cell runs a 2-second synchronous loop that logs every ~100 ms, alternating
console.log / console.error: the client must receive several `stream` messages spread
over those 2 seconds (not one batch at the end), in the order the cell wrote them
across stdout and stderr, all before the cell's `execute_reply`.  The kernel is driven
through jupyter_client as a notebook would (the `km` fixture of test_kernel.py: one
kernel for this module).
"""

from __future__ import annotations

import time

from test_kernel import km, shell_reply  # noqa: F401  (km is a fixture)

CELL = r"""
const t0 = Date.now();
let next = 0, i = 0;
while (Date.now() - t0 < 2000) {
  if (Date.now() - t0 >= next) {
    (i % 2 ? console.error : console.log)(`tick ${i}`);
    i++;
    next += 100;
  }
}
i
"""


def test_output_of_a_long_synchronous_cell_streams(km):  # noqa: F811
    kc = km.test_client
    kc.execute_interactive("0", timeout=120)     # the engine exists before the timed cell
    msg_id = kc.execute(CELL, stop_on_error=False)
    started = None
    streams = []            # (arrival time, stream name, text)
    sent = []               # the kernel's send time of each stream message
    result = None
    deadline = time.monotonic() + 120
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        now = time.monotonic()
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind == "status" and msg["content"]["execution_state"] == "busy":
            started = now
        elif kind == "stream":
            streams.append((now, msg["content"]["name"], msg["content"]["text"]))
            sent.append(msg["header"]["date"])
        elif kind == "execute_result":
            result = (now, msg["content"]["data"]["text/plain"])
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            idle = now
            break
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok"
    ticks = int(result[1])
    assert ticks >= 10                      # the loop logged its ticks

    # every tick arrived, in order, each on the stream it was written to
    text = {"stdout": "", "stderr": ""}
    order = []
    for _t, name, chunk in streams:
        text[name] += chunk
        order += [(name, line) for line in chunk.splitlines()]
    expected = [("stderr" if i % 2 else "stdout", f"tick {i}") for i in range(ticks)]
    assert order == expected

    # streamed while running: the first output arrives long before the cell ends, and the
    # messages are spread over the run rather than sent in one batch
    assert started is not None
    first, last = streams[0][0], streams[-1][0]
    end = result[0]
    assert first - started < 1.0, "the first output waited for the end of the cell"
    assert end - first > 1.0
    assert len(streams) >= 5
    assert len(streams) >= (last - first) / 0.2     # >= one message per 200 ms on average
    # all output before the result, the idle status and the reply
    assert all(t <= end <= idle for t, _n, _c in streams)
    assert all(date <= reply["header"]["date"] for date in sent)
