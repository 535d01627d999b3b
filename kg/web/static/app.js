// kg web: our own small script. The pages work without it; it adds keyboard shortcuts to the
// editor, autocompletion to the search box (GET /search?q=... as JSON) and to the stored-query
// forms' IRI parameters (a drug, condition or target picked by its name; the server takes names).
(function () {
  "use strict";
  document.querySelectorAll("input.pick").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var kind = input.getAttribute("data-kind") || "";
    var pending = null, mine = 0;
    if (!list) { return; }
    input.addEventListener("input", function () {
      clearTimeout(pending);
      var q = input.value.trim();
      if (!q || /^https?:/i.test(q)) { return; }
      pending = setTimeout(function () {
        var n = ++mine;
        fetch("/search?in=names&limit=12&q=" + encodeURIComponent(q) + (kind ? "&type=" + encodeURIComponent(kind) : ""),
              { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (data) {
            if (n !== mine) { return; }
            list.textContent = "";
            (data.results || []).forEach(function (r) {
              var opt = document.createElement("option");
              opt.value = r.label;                 // the server resolves a name to its IRI
              opt.textContent = r.kind + (r.matched !== r.label ? " · " + r.matched : "");
              list.appendChild(opt);
            });
          })
          .catch(function () { list.textContent = ""; });
      }, 120);
    });
  });

  var editor = document.getElementById("query");  // tabs and the history: tabs.js
  if (editor) {
    editor.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        editor.form.requestSubmit();
      } else if (ev.key === "Tab" && !ev.shiftKey) {
        ev.preventDefault();
        var s = editor.selectionStart, e = editor.selectionEnd;
        editor.value = editor.value.slice(0, s) + "  " + editor.value.slice(e);
        editor.selectionStart = editor.selectionEnd = s + 2;
      }
    });
  }

  var box = document.getElementById("search-box");
  var list = document.getElementById("search-hits");
  if (!box || !list) { return; }
  var timer = null, active = -1, seq = 0;

  function clear() { list.hidden = true; list.textContent = ""; active = -1; }

  // only our own paths and http(s) become links: a javascript: or data: IRI stays text
  function safeUrl(url) {
    if (typeof url !== "string" || /[\s\x00-\x1f\\]/.test(url)) { return null; }
    return /^\/(?!\/)/.test(url) || /^https?:\/\//i.test(url) ? url : null;
  }

  function show(results) {
    list.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      var url = safeUrl(r.url);
      var a = document.createElement(url ? "a" : "span");
      if (url) { a.href = url; }
      var label = document.createElement("span");
      label.textContent = r.label;            // text, never HTML
      var kind = document.createElement("small");
      kind.textContent = r.kind + (r.matched !== r.label ? " · " + r.matched : "");
      a.appendChild(label); a.appendChild(kind); li.appendChild(a); list.appendChild(li);
    });
    list.hidden = results.length === 0;
    active = -1;
  }

  function lookup() {
    var q = box.value.trim();
    if (!q) { clear(); return; }
    var mine = ++seq;
    fetch("/search?limit=10&q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) { if (mine === seq) { show(data.results || []); } })
      .catch(clear);
  }

  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 120); });
  box.addEventListener("keydown", function (ev) {
    var links = list.querySelectorAll("a");
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!links.length) { return; }
      active = (active + (ev.key === "ArrowDown" ? 1 : links.length - 1)) % links.length;
      links.forEach(function (a, i) { a.classList.toggle("active", i === active); });
    } else if (ev.key === "Enter" && active >= 0 && links[active]) {
      ev.preventDefault();
      window.location = links[active].href;
    } else if (ev.key === "Escape") { clear(); }
  });
  document.addEventListener("click", function (ev) { if (!list.contains(ev.target) && ev.target !== box) { clear(); } });
})();
