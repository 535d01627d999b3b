// kg web: query tabs and a local history on the query page, kept in this browser's localStorage
// (nothing is sent anywhere). Works with the YASQE editor (window.kgEditor) and with the plain
// textarea alike.
//   - Tabs: each holds its own text and the last query it ran; switching to a tab that ran a
//     query opens its results (/?query=...), one that did not only swaps the text. "+" opens a
//     tab on the template query, "×" closes one. A shared link or a history entry whose query
//     no tab holds opens in a new tab.
//   - History: each query run from this page, newest first, with when it ran and how many rows
//     it gave (or its error), each a link that runs it again.
(function () {
  "use strict";
  var area = document.getElementById("query");
  var bar = document.getElementById("query-tabs");
  if (!area || !bar || !area.form) { return; }
  var form = area.form;
  var TABS = "kg.tabs", HISTORY = "kg.history", MAX_TABS = 12, MAX_HISTORY = 30;
  var template = form.getAttribute("data-template") || "";

  function load(key, fallback) {
    try { return JSON.parse(window.localStorage.getItem(key) || "null") || fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full or refused: kept for this page only */ }
  }
  function text() { return (window.kgEditor ? window.kgEditor.getValue() : area.value).replace(/\r\n?/g, "\n"); }
  function setText(value) {
    area.value = value;
    if (window.kgEditor && window.kgEditor.getValue() !== value) { window.kgEditor.setValue(value); }
  }
  function title(value) {
    var comment = /^\s*#\s*(.+)$/m.exec(value);
    var head = /^\s*((SELECT|ASK|CONSTRUCT|DESCRIBE)\b.*)$/im.exec(value);
    var words = (comment ? comment[1] : head ? head[1] : value).replace(/\s+/g, " ").trim();
    return words.length > 32 ? words.slice(0, 31) + "…" : words || "(empty)";
  }

  var state = load(TABS, null);
  if (!state || !Array.isArray(state.tabs) || !state.tabs.length) {
    state = { tabs: [{ id: 1, text: area.value, ran: null }], active: 1, next: 2 };
  }
  function find(id) { return state.tabs.filter(function (t) { return t.id === id; })[0]; }
  function active() { return find(state.active) || state.tabs[0]; }
  function open(value, ran) {
    var tab = { id: state.next++, text: value, ran: ran || null };
    state.tabs.push(tab);
    while (state.tabs.length > MAX_TABS) { state.tabs.shift(); }
    state.active = tab.id;
    return tab;
  }

  // the query this page ran (if any) belongs to the active tab, to a tab that holds it, or to a new one
  var params = new URLSearchParams(window.location.search);
  var ran = (params.get("query") || "").replace(/\r\n?/g, "\n");  // a form sends a textarea's lines as CRLF
  if (ran && ran.trim()) {
    var current = active();
    if (current.ran !== ran) {
      var holder = state.tabs.filter(function (t) { return t.ran === ran || t.text === ran; })[0];
      if (holder) { state.active = holder.id; holder.ran = ran; } else { open(ran, ran); }
    }
  }
  var shown = active();
  state.active = shown.id;
  setText(shown.text);
  save(TABS, state);

  function store() {
    var tab = active();
    tab.text = text();
    save(TABS, state);
    draw();
  }

  function draw() {
    bar.textContent = "";
    state.tabs.forEach(function (tab) {
      var item = document.createElement("span");
      item.className = "tab" + (tab.id === state.active ? " active" : "");
      item.setAttribute("role", "tab");
      item.setAttribute("aria-selected", tab.id === state.active ? "true" : "false");
      var pick = document.createElement("button");
      pick.type = "button";
      pick.className = "pick-tab";
      pick.textContent = title(tab.text);
      pick.title = tab.ran ? "ran: " + tab.ran : tab.text;
      pick.addEventListener("click", function () { choose(tab.id); });
      var close = document.createElement("button");
      close.type = "button";
      close.className = "close-tab";
      close.textContent = "×";
      close.title = "close this tab";
      close.setAttribute("aria-label", "close the tab " + title(tab.text));
      close.addEventListener("click", function () { shut(tab.id); });
      item.appendChild(pick);
      item.appendChild(close);
      bar.appendChild(item);
    });
    var add = document.createElement("button");
    add.type = "button";
    add.id = "new-tab";
    add.className = "new-tab";
    add.textContent = "+";
    add.title = "a new tab";
    add.addEventListener("click", function () {
      active().text = text();
      open(template, null);
      setText(template);
      hideResults();
      save(TABS, state);
      draw();
    });
    bar.appendChild(add);
  }

  function hideResults() {  // the results below belong to another tab's query
    document.querySelectorAll("section.answer, section.error").forEach(function (s) { s.hidden = true; });
  }

  function choose(id) {
    if (id === state.active) { return; }
    active().text = text();
    state.active = id;
    var tab = active();
    setText(tab.text);  // before leaving too: the page saves the text shown into the active tab
    save(TABS, state);
    if (tab.ran && tab.ran !== ran) {
      window.location.assign("/?query=" + encodeURIComponent(tab.ran));
      return;
    }
    if (tab.ran !== ran) { hideResults(); } else {
      document.querySelectorAll("section.answer, section.error").forEach(function (s) { s.hidden = false; });
    }
    draw();
  }

  function shut(id) {
    var i = state.tabs.map(function (t) { return t.id; }).indexOf(id);
    if (i < 0) { return; }
    active().text = text();
    state.tabs.splice(i, 1);
    if (!state.tabs.length) { state.tabs.push({ id: state.next++, text: template, ran: null }); }
    if (state.active === id) {
      var next = state.tabs[Math.min(i, state.tabs.length - 1)];
      state.active = next.id;
      setText(next.text);
      if (next.ran !== ran) { hideResults(); }
    }
    save(TABS, state);
    draw();
  }

  form.addEventListener("submit", function () {
    var tab = active();
    tab.text = text();
    tab.ran = tab.text;
    save(TABS, state);
  });
  area.addEventListener("input", store);
  if (window.kgEditor) { window.kgEditor.on("change", store); }
  window.addEventListener("pagehide", function () { active().text = text(); save(TABS, state); });
  draw();

  // -- the history ----------------------------------------------------------------------------------
  var history = load(HISTORY, []).map(function (h) { return typeof h === "string" ? { text: h } : h; })
    .filter(function (h) { return h && typeof h.text === "string"; });
  if (ran && ran.trim()) {  // this page ran a query: what it gave
    var count = document.querySelector("#count .total");
    var boolean = document.querySelector("p.boolean");
    var error = document.querySelector("section.error h2");
    var outcome = error ? error.textContent.trim()
      : boolean ? boolean.textContent.trim()
      : count ? count.textContent.trim() + (/^1$/.test(count.textContent.trim()) ? " row" : " rows") : "";
    history = history.filter(function (h) { return h.text !== ran; });
    history.unshift({ text: ran, at: new Date().toISOString(), outcome: outcome });
    history = history.slice(0, MAX_HISTORY);
    save(HISTORY, history);
  }
  var list = document.getElementById("recent");
  if (!list) { return; }
  function when(iso) {
    var d = iso ? new Date(iso) : null;
    if (!d || isNaN(d.getTime())) { return ""; }
    var today = new Date().toDateString() === d.toDateString();
    return today ? d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
      : d.toLocaleDateString([], { month: "short", day: "numeric" }) + " " +
        d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }
  history.forEach(function (h) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = "/?query=" + encodeURIComponent(h.text);
    a.textContent = title(h.text);
    a.title = h.text;
    var meta = document.createElement("small");
    meta.className = "when";
    meta.textContent = [when(h.at), h.outcome].filter(Boolean).join(" · ");
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(meta);
    list.appendChild(li);
  });
  var box = list.parentNode;
  box.hidden = !list.children.length;
  var clear = document.getElementById("clear-history");
  if (clear) {
    clear.addEventListener("click", function () {
      save(HISTORY, []);
      list.textContent = "";
      box.hidden = true;
    });
  }
})();
