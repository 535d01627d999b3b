"""Headless Chromium driven over the DevTools protocol, with the standard library only: the
browser reads commands from its file descriptor 3 and writes answers to 4
(``--remote-debugging-pipe``, NUL-separated JSON), so a test can type into a page, press keys,
wait for what a script draws, read the DOM and take screenshots, with no websocket client and
no driver binary. For tests and for the README's screenshots; the app never imports it.

    with Chromium() as browser:
        page = browser.open(url)
        page.type("#search-box", "imiquimod cream")
        page.wait("document.querySelectorAll('#search-hits li').length > 0")
        page.screenshot(Path("search.png"))
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio")


class BrowserError(RuntimeError):
    pass


def available() -> bool:
    return Path(CHROMIUM).exists()


class Chromium:
    """One headless Chromium with a fresh profile; :meth:`open` gives a :class:`Tab`."""

    def __init__(self, width: int = 1280, height: int = 900, timeout: float = 30.0) -> None:
        self.width, self.height, self.timeout = width, height, timeout
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._res_r, res_w = os.pipe()

        def pipes() -> None:  # in the child, before exec: the protocol's descriptors 3 and 4
            a, b = os.dup(cmd_r), os.dup(res_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4, cmd_r, res_w), preexec_fn=pipes)  # noqa: PLW1509 - no threads run in the child
        os.close(cmd_r)
        os.close(res_w)
        self._next = 0
        self._lock = threading.Lock()
        self._cond = threading.Condition()
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, daemon=True, name="chromium-pipe")
        self._reader.start()

    # -- the protocol -------------------------------------------------------------------------------
    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._res_r, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._replies[-1] = {"error": {"message": "the browser closed its pipe"}}
                    self._cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self._cond:
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self._cond.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float | None = None) -> dict[str, Any]:
        with self._lock:
            self._next += 1
            mid = self._next
            msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
            if session:
                msg["sessionId"] = session
            os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while mid not in self._replies and -1 not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BrowserError(f"no answer to {method} within {timeout or self.timeout:g} s")
                self._cond.wait(left)
            reply = self._replies.pop(mid, None) or self._replies[-1]
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})  # type: ignore[no-any-return]

    def wait_event(self, method: str, session: str | None, since: int, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while True:
                if any(e.get("method") == method and e.get("sessionId") == session for e in self.events[since:]):
                    return
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BrowserError(f"no {method} within {timeout or self.timeout:g} s")
                self._cond.wait(left)

    # -- pages ----------------------------------------------------------------------------------------
    def open(self, url: str) -> Tab:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        tab = Tab(self, session)
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.width, "height": self.height,
                                                          "deviceScaleFactor": 1, "mobile": False}, session)
        tab.goto(url)
        return tab

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except BrowserError:
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        for fd in (self._cmd_w, self._res_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Tab:
    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser, self.session = browser, session

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def goto(self, url: str) -> None:
        self._mark_old()
        since = len(self.browser.events)
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event("Page.loadEventFired", self.session, since)
        self._wait_new()

    def _mark_old(self) -> None:
        """Mark the current document, so that a load event left over from an earlier navigation
        cannot pass for the next page's (seen under load: the facets of the old page were read)."""
        try:
            self.eval("window.__kgOldPage = true")
        except BrowserError:
            pass  # no document yet

    def _wait_new(self) -> None:
        self.wait("!window.__kgOldPage && document.readyState === 'complete'")

    def eval(self, expression: str) -> Any:
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True})
        if "exceptionDetails" in res:
            raise BrowserError(f"{expression[:80]}: {res['exceptionDetails'].get('text')}")
        return res.get("result", {}).get("value")

    def wait(self, expression: str, timeout: float = 10.0) -> Any:
        """Poll ``expression`` until it is truthy; its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"still false after {timeout:g} s: {expression}")
            time.sleep(0.05)

    def click(self, selector: str) -> None:
        """Click the element (a real mouse event at its centre); waits for a page it loads."""
        box = self.wait(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left",
                                                   "clickCount": 1})

    def follow(self, selector: str) -> None:
        """Click a link or button and wait for the page it opens."""
        self._mark_old()
        since = len(self.browser.events)
        self.click(selector)
        self.browser.wait_event("Page.loadEventFired", self.session, since)
        self._wait_new()

    def type(self, selector: str, text: str) -> None:
        """Focus the element and type ``text`` as keystrokes would (input events fire)."""
        self.wait(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
                  "if (!e) return false; e.focus(); return document.activeElement === e; })()")
        for ch in text:
            self.send("Input.insertText", {"text": ch})
            time.sleep(0.01)

    def key(self, key: str, code: str | None = None, modifiers: int = 0) -> None:
        """Press and release one key (``Enter``, ``ArrowDown``, ``Tab`` ...)."""
        vk = {"Enter": 13, "Tab": 9, "Escape": 27, "ArrowDown": 40, "ArrowUp": 38, " ": 32}.get(key, 0)
        base = {"key": key, "code": code or key, "windowsVirtualKeyCode": vk, "modifiers": modifiers}
        extra = {"text": "\r"} if key == "Enter" else {}
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", **base, **extra})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    def text(self, selector: str = "body") -> str:
        return str(self.eval(f"(document.querySelector({json.dumps(selector)}) || {{}}).innerText || ''"))

    def screenshot(self, path: Path, full: bool = False) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full:
            w, h = self.eval("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": w, "height": min(h, 6000),
                                                            "scale": 1})
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def console_errors(self) -> list[str]:
        """What the page logged as errors (CSP violations and script errors land here)."""
        out = []
        for e in self.browser.events:
            if e.get("sessionId") != self.session:
                continue
            if e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error":
                out.append(e["params"]["entry"].get("text", ""))
            elif e.get("method") == "Runtime.exceptionThrown":
                out.append(str(e["params"]["exceptionDetails"].get("text")))
        return out
