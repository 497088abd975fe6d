#!/usr/bin/env python3
"""Renders rolemap's HTML report in headless Chromium and fails when a person would see it broken.

For examples/brag.md and examples/team/ it writes the report with the rolemap binary, then:

- DOM (`chromium --dump-dom`): the headline, the chart (its columns, one per period row of the
  JSON) and every activity of the JSON are there, with their text;
- the page, driven over the DevTools protocol (a pipe, no port): no console error, no uncaught
  exception, no request beyond the file itself (no network at all); a full-page screenshot whose
  chart areas are not blank — their pixels must hold the palette's role colours, as many as the
  roles the chart shows; no sideways scrolling at a phone's width (390 px); a PDF when printed.

It checks itself first: a page with a console error, a request to another address and a blank
chart must fail every one of those checks, so a check that cannot fail does not pass.

Screenshots, the reports and PDFs go to target/browser/. `--update-docs` also writes the top of
the brag report to docs/report.png for README. Standard library only; needs Debian's chromium
(.ci/run installs it). Prints `browser: N passed, M failed` and exits 1 on any failure.

Usage: python3 tests/browser/check_report.py [--binary target/debug/rolemap] [--update-docs]
"""
import argparse
import base64
import fcntl
import html.parser
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
]
# Okabe–Ito, as src/render/palette.rs has it (the first three are PM, EM, TPM).
PALETTE = [(0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73), (0xCC, 0x79, 0xA7),
           (0x56, 0xB4, 0xE9), (0xD5, 0x5E, 0x00), (0xF0, 0xE4, 0x42)]
DESKTOP = (1100, 900)
PHONE = (390, 844)
TIMEOUT = 60.0


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Chromium over the DevTools protocol, on a pipe (--remote-debugging-pipe: commands on fd 3,
# answers on fd 4, each a JSON message ending in NUL).

class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="rolemap-chromium-")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def wire():
            # Above any fd the child already holds, then onto 3 and 4, kept across exec.
            a = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.process = subprocess.Popen(
            [chromium, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=wire, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def send(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Failure("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_chrome], [], [], left)
            if ready:
                chunk = os.read(self.from_chrome, 1 << 20)
                if not chunk:
                    raise Failure("Chromium closed the DevTools pipe (did it crash?)")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False):
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self.receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise Failure(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, event):
        deadline = time.monotonic() + TIMEOUT
        for index, message in enumerate(self.events):
            if message.get("method") == event:
                del self.events[index]
                return message
        while True:
            message = self.receive(deadline)
            if message.get("method") == event:
                return message
            if "method" in message:
                self.events.append(message)

    def open(self, url, size, mobile=False):
        width, height = size
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}, session=True)
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")
        # Let layout and any late console message settle.
        self.call("Runtime.evaluate", {"expression": "new Promise(r => setTimeout(r, 200))", "awaitPromise": True},
                  session=True)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise Failure(f"evaluating {expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def problems(self, page_url):
        """Console errors, uncaught exceptions and requests for anything but the page itself."""
        found = []
        for message in self.events:
            method, params = message.get("method"), message.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                found.append(f"console error: {text}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"uncaught exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                found.append(f"console error ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}")
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if url != page_url and not url.startswith("data:"):
                    found.append(f"network request: {url}")
        return found

    def screenshot(self, clip=None):
        params = {"format": "png", "captureBeyondViewport": True}
        if clip is None:
            width, height = self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            clip = (0, 0, width, height)
        x, y, width, height = clip
        params["clip"] = {"x": x, "y": y, "width": width, "height": height, "scale": 1}
        return base64.b64decode(self.call("Page.captureScreenshot", params, session=True)["data"])

    def pdf(self):
        return base64.b64decode(self.call("Page.printToPDF", {"printBackground": True}, session=True)["data"])

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=15)
        except Exception:
            self.process.kill()
            self.process.wait()
        for fd in (self.to_chrome, self.from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# PNG decoding (8-bit RGB or RGBA, non-interlaced: what Chromium writes), for pixel checks.

def decode_png(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise Failure("screenshot is not a PNG")
    at, idat, width, height, channels = 8, b"", 0, 0, 0
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        at += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise Failure(f"unexpected PNG format (depth {depth}, colour type {color})")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def colours_in(image, box):
    """How many pixels of `box` are far from white, and how many match each palette colour."""
    width, height, channels, rows = image
    x0, y0, w, h = (int(round(v)) for v in box)
    inked, matched = 0, [0] * len(PALETTE)
    for y in range(max(0, y0), min(height, y0 + h)):
        row = rows[y]
        for x in range(max(0, x0), min(width, x0 + w)):
            r, g, b = row[x * channels:x * channels + 3]
            if r < 235 or g < 235 or b < 235:
                inked += 1
            for k, (pr, pg, pb) in enumerate(PALETTE):
                if abs(r - pr) <= 12 and abs(g - pg) <= 12 and abs(b - pb) <= 12:
                    matched[k] += 1
                    break
    return inked, matched


# ---------------------------------------------------------------------------------------------
# The DOM as `chromium --dump-dom` prints it.

class Dom(html.parser.HTMLParser):
    """Collects the headline, the charts' columns and the activities' texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.headline = ""
        self.charts = []  # per svg.chart: the data-period of each column
        self.activities = []
        self.scripts = 0
        self.capture = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        self.stack.append((tag, classes))
        if tag == "script":
            self.scripts += 1
        if tag == "h1" and attrs.get("id") == "headline":
            self.capture = ["headline", ""]
        if tag == "svg" and "chart" in classes:
            self.charts.append([])
        if tag == "g" and "column" in classes and self.charts:
            self.charts[-1].append(attrs.get("data-period"))
        if tag == "span" and "text" in classes and any("act" in c for _, c in self.stack):
            self.capture = ["activity", "", len(self.stack)]

    def handle_endtag(self, tag):
        if self.capture and self.capture[0] == "headline" and tag == "h1":
            self.headline = self.capture[1].strip()
            self.capture = None
        if self.capture and self.capture[0] == "activity" and tag == "span" and len(self.stack) == self.capture[2]:
            self.activities.append(" ".join(self.capture[1].split()))
            self.capture = None
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.capture:
            self.capture[1] += data


def dump_dom(chromium, url):
    profile = tempfile.mkdtemp(prefix="rolemap-chromium-")
    try:
        done = subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                              capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if done.returncode != 0 or "<html" not in done.stdout:
        raise Failure(f"--dump-dom failed ({done.returncode}): {done.stderr[-400:]}")
    dom = Dom()
    dom.feed(done.stdout)
    return dom


# ---------------------------------------------------------------------------------------------
# The checks.

def check_page(browser, chromium, path, expected, out_dir, name):
    """Every check of one rendered page; returns (passed, failures)."""
    url = "file://" + os.path.abspath(path)
    failures, passed = [], 0

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(f"{name}: {what}")

    dom = dump_dom(chromium, url)
    check(len(dom.headline) > 10, f"the DOM has no headline (h1#headline: {dom.headline!r})")
    for word in expected.get("headline_words", []):
        check(word in dom.headline, f"the headline {dom.headline!r} does not name {word}")
    check(len(dom.charts) >= expected["charts"], f"the DOM has {len(dom.charts)} charts, expected {expected['charts']}")
    if dom.charts:
        check(dom.charts[0] == expected["periods"],
              f"the first chart's columns {dom.charts[0]} are not the periods {expected['periods']}")
    missing = list(expected["activities"])
    for text in dom.activities:
        if text in missing:
            missing.remove(text)
    check(not missing, f"{len(missing)} activities missing from the DOM, e.g. {missing[:2]}")
    check(dom.scripts == 0, f"the page holds {dom.scripts} scripts")

    browser.open(url, DESKTOP)
    problems = browser.problems(url)
    check(not problems, "; ".join(problems) or "console")
    boxes = browser.evaluate(
        "[...document.querySelectorAll('svg.chart')].map(e => {const r = e.getBoundingClientRect();"
        " return [r.x + scrollX, r.y + scrollY, r.width, r.height]})")
    png = browser.screenshot()
    with open(os.path.join(out_dir, f"{name}.png"), "wb") as f:
        f.write(png)
    image = decode_png(png)
    check(len(boxes) >= expected["charts"], f"{len(boxes)} charts laid out, expected {expected['charts']}")
    for index, box in enumerate(boxes):
        inked, matched = colours_in(image, box)
        area = max(1, box[2] * box[3])
        colours = sum(1 for n in matched if n >= 200)
        wanted = expected["chart_colours"][index] if index < len(expected["chart_colours"]) else 1
        check(box[2] > 50 and box[3] > 50 and inked / area > 0.05,
              f"chart {index + 1} is blank in the screenshot ({inked} inked pixels in {box})")
        check(colours >= wanted,
              f"chart {index + 1} shows {colours} role colours in the screenshot, expected {wanted} ({matched})")

    browser.open(url, PHONE, mobile=True)
    overflow = browser.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    check(overflow <= 1, f"at a phone's width the page scrolls sideways by {overflow}px")
    with open(os.path.join(out_dir, f"{name}-phone.png"), "wb") as f:
        f.write(browser.screenshot(clip=(0, 0, PHONE[0], 1400)))
    pdf = browser.pdf()
    with open(os.path.join(out_dir, f"{name}.pdf"), "wb") as f:
        f.write(pdf)
    check(pdf.startswith(b"%PDF") and len(pdf) > 10_000, f"printing gave {len(pdf)} bytes")
    return passed, failures


def expectations(binary, args):
    """What the page must show, read from the same run's JSON."""
    done = subprocess.run([binary, *args, "--format", "json"], capture_output=True, cwd=ROOT, timeout=TIMEOUT)
    if done.returncode not in (0, 1):
        raise Failure(f"rolemap {' '.join(args)} --format json exited {done.returncode}: {done.stderr.decode()}")
    report = json.loads(done.stdout)
    documents = report["documents"]
    several = len(documents) > 1
    pooled = report["summary"] if several else documents[0]

    def colours(periods):
        # A role with a sliver under 5% may be a few pixels high: only the visible ones count.
        shown = {r["role"] for p in periods for r in p["roles"] if r["share"] >= 0.05 and p["matched"] > 0}
        return len(shown)

    # The pooled chart, then each person's own when it has more than one period to compare.
    charts = [pooled["periods"]] + ([d["periods"] for d in documents if len(d["periods"]) > 1] if several else [])
    verdict = pooled["verdict"]
    return {
        "headline_words": [w for w in (verdict.get("role"), verdict.get("energy_role")) if w],
        "charts": len(charts),
        "periods": [p["period"] for p in charts[0]],
        "chart_colours": [colours(c) for c in charts],
        "activities": [" ".join(a["text"].split()) for d in documents for a in d["activities"]],
    }


def render(binary, args, path):
    done = subprocess.run([binary, *args, "--format", "html", "--output", path], capture_output=True, cwd=ROOT,
                          timeout=TIMEOUT)
    # Exit 1 is a failed role check (the team example has one); the page is written all the same.
    if done.returncode not in (0, 1) or not os.path.exists(path):
        raise Failure(f"rolemap {' '.join(args)} --format html exited {done.returncode}: {done.stderr.decode()}")


BROKEN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>broken</title></head>
<body><h1 id="headline">A page that must fail every check</h1>
<img src="http://127.0.0.1:9/logo.png" alt="">
<svg class="chart" width="600" height="300" viewBox="0 0 600 300"></svg>
<div style="width:2000px">too wide for a phone</div>
<script>console.error("deliberate error")</script></body></html>
"""


def self_test(browser, chromium, out_dir):
    """The checks catch what they are for: a console error, a request, a blank chart."""
    path = os.path.join(out_dir, "broken.html")
    with open(path, "w") as f:
        f.write(BROKEN_PAGE)
    expected = {"headline_words": [], "charts": 1, "periods": [], "chart_colours": [1],
                "activities": ["an activity that is not there"]}
    _, failures = check_page(browser, chromium, path, expected, out_dir, "broken")
    joined = "\n".join(failures)
    wanted = ["console error", "network request: http://127.0.0.1:9/logo.png", "blank", "activities missing",
              "scripts", "scrolls sideways"]
    return [w for w in wanted if w not in joined]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "debug", "rolemap"))
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "browser"))
    parser.add_argument("--update-docs", action="store_true", help="write docs/report.png from the brag report")
    args = parser.parse_args()
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("browser: chromium is not installed (apt-get install chromium); 0 passed, 1 failed")
        return 1
    if not os.path.exists(args.binary):
        print(f"browser: no binary at {args.binary} (cargo build first); 0 passed, 1 failed")
        return 1
    os.makedirs(args.out, exist_ok=True)
    started = time.monotonic()
    passed, failures = 0, []
    browser = Browser(chromium)
    try:
        unseen = self_test(browser, chromium, args.out)
        if unseen:
            failures.append(f"self-test: the checks did not catch: {', '.join(unseen)}")
        else:
            passed += 1
        cases = [("brag", ["examples/brag.md"]), ("team", ["examples/team/"])]
        for name, case in cases:
            path = os.path.join(args.out, f"{name}.html")
            render(args.binary, case, path)
            ok, failed = check_page(browser, chromium, path, expectations(args.binary, case), args.out, name)
            passed += ok
            failures += failed
            print(f"browser: {name}: {ok} checks passed, {len(failed)} failed ({path}, {name}.png, {name}-phone.png)")
        if args.update_docs:
            url = "file://" + os.path.abspath(os.path.join(args.out, "brag.html"))
            browser.open(url, (1000, 900))
            top = browser.evaluate("document.querySelector('section.activities').getBoundingClientRect().top"
                                   " + scrollY + 330")
            os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
            with open(os.path.join(ROOT, "docs", "report.png"), "wb") as f:
                f.write(browser.screenshot(clip=(0, 0, 1000, int(top))))
            print("browser: wrote docs/report.png")
    except Failure as error:
        failures.append(str(error))
    finally:
        browser.close()
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"browser: {time.monotonic() - started:.1f}s, screenshots in {os.path.relpath(args.out, ROOT)}/")
    print(f"browser: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
