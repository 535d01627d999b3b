// kg web: the query page's SPARQL editor, when the YASQE package is installed (npm ci --prefix
// editor; /static/editor/yasqe.min.js). It replaces the textarea with syntax highlighting and error
// marking as you type, and completes, with nothing fetched from elsewhere:
//   - PREFIX declarations: our prefixes first (dkg:, biolink:, obo: ...);
//   - classes after `a` and properties in predicate position: those the graph and ontology use
//     (/editor/vocabulary.json);
//   - names of drugs, conditions, targets ... as their IRIs (Ctrl+Space on a word; /search).
// The form still submits the textarea, so everything else works as without it.
(function () {
  "use strict";
  var area = document.getElementById("query");
  var lib = window.Yasqe && (window.Yasqe.default || window.Yasqe);
  if (!area || !lib) { return; }
  var form = area.form;
  var vocabulary = fetch("/editor/vocabulary.json", { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .catch(function () { return { prefixes: {}, classes: [], properties: [] }; });

  function sortedPrefixes(v) {
    var ours = Object.keys(v.prefixes).map(function (p) { return p + ": <" + v.prefixes[p] + ">"; });
    return ours.sort();
  }

  lib.forkAutocompleter("prefixes", {
    name: "kg-prefixes",
    persistenceId: null,
    get: function () { return vocabulary.then(sortedPrefixes); }
  });
  lib.forkAutocompleter("class", {
    name: "kg-classes",
    bulk: true,
    autoShow: true,
    persistenceId: null,
    get: function () { return vocabulary.then(function (v) { return v.classes; }); }
  });
  lib.forkAutocompleter("property", {
    name: "kg-properties",
    bulk: true,
    autoShow: true,
    persistenceId: null,
    get: function () { return vocabulary.then(function (v) { return v.properties; }); }
  });
  var labels = {};
  lib.registerAutocompleter({
    name: "kg-names",
    bulk: false,
    autoShow: false,
    isValidCompletionPosition: function (yasqe) {
      var token = yasqe.getCompleteToken();
      return /^[A-Za-z\u00c0-\uffff][\w\u00c0-\uffff-]+$/.test(token.string || "") &&
        !/^(select|where|prefix|optional|filter|limit|order|group|union|graph|construct|ask|describe|values|bind|distinct)$/i.test(token.string);
    },
    get: function (yasqe, token) {
      var q = (token && token.string) || "";
      return fetch("/search?in=names&limit=15&q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          return (data.results || []).map(function (r) {
            var iri = "<" + r.iri + ">";
            labels[iri] = r.label + " · " + r.kind;
            return iri;
          });
        })
        .catch(function () { return []; });
    },
    postprocessHints: function (yasqe, hints) {
      hints.forEach(function (h) { if (labels[h.text]) { h.displayText = labels[h.text] + "  " + h.text; } });
      return hints;
    }
  }, true);

  var holder = document.createElement("div");
  holder.className = "yasqe-holder";
  area.parentNode.insertBefore(holder, area);
  area.hidden = true;
  var yasqe = new lib(holder, {
    value: area.value,
    showQueryButton: false,
    resizeable: true,
    editorHeight: "300px",
    persistenceId: null,
    prefixCcApi: null,
    createShareableLink: null,
    autocompleters: ["kg-prefixes", "kg-classes", "kg-properties", "variables", "kg-names"]
  });
  window.kgEditor = yasqe;  // for tests and the console
  function submit() { area.value = yasqe.getValue(); form.requestSubmit(); }
  yasqe.setOption("extraKeys", Object.assign({}, yasqe.getOption("extraKeys") || {}, {
    "Ctrl-Enter": submit, "Cmd-Enter": submit
  }));
  form.addEventListener("submit", function () { area.value = yasqe.getValue(); }, true);
  document.body.classList.add("with-editor");
})();
