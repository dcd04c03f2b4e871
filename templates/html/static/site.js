// The language chooser and the search box. Pages work without this file: every language is
// shown and the sidebar lists the modules.
(function () {
  "use strict";
  var KEY = "schemagen.lang";
  var root = document.documentElement;
  var base = document.body.getAttribute("data-root") || "";

  function choose(lang) {
    root.setAttribute("data-lang", lang);
    try { window.localStorage.setItem(KEY, lang); } catch (e) { /* not remembered */ }
    document.querySelectorAll("[data-choose]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-choose") === lang));
    });
  }
  document.querySelectorAll("[data-choose]").forEach(function (b) {
    b.addEventListener("click", function () { choose(b.getAttribute("data-choose")); });
  });
  choose(root.getAttribute("data-lang") || "nodejs");

  // Search over resource and function names: the index is beside the pages; a page opened
  // from disk cannot fetch it, so there it is loaded as a script instead.
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!input || !list) return;
  var index = null;
  var loading = null;

  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve) {
      if (window.location.protocol === "file:") {
        var s = document.createElement("script");
        s.src = base + "_schemagen/search-index.js";
        s.onload = function () { resolve(window.schemagenSearchIndex || []); };
        s.onerror = function () { resolve([]); };
        document.head.appendChild(s);
      } else {
        fetch(base + "_schemagen/search-index.json")
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(resolve, function () { resolve([]); });
      }
    }).then(function (entries) { index = entries; return entries; });
    return loading;
  }

  function rank(entry, q) {
    var name = entry.name.toLowerCase();
    if (name === q) return 0;
    if (name.indexOf(q) === 0) return 1;
    if (name.indexOf(q) > 0) return 2;
    if ((entry.module + "." + name).toLowerCase().indexOf(q) >= 0) return 3;
    return -1;
  }

  function show(q) {
    list.textContent = "";
    if (!q) { list.hidden = true; return; }
    var hits = [];
    (index || []).forEach(function (e) {
      var r = rank(e, q);
      if (r >= 0) hits.push([r, e]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1].name.localeCompare(b[1].name); });
    hits.slice(0, 20).forEach(function (h, i) {
      var e = h[1];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = base + e.href.split("/").map(encodeURIComponent).join("/");
      a.className = "hit" + (i === 0 ? " active" : "");
      var kind = document.createElement("span");
      kind.className = "symbol " + e.kind;
      kind.textContent = e.kind === "function" ? "F" : "R";
      var name = document.createElement("span");
      name.className = "hit-name";
      name.textContent = e.name;
      var mod = document.createElement("span");
      mod.className = "hit-module";
      mod.textContent = e.module;
      a.append(kind, name, mod);
      li.appendChild(a);
      list.appendChild(li);
    });
    if (!hits.length) {
      var none = document.createElement("li");
      none.className = "no-hits";
      none.textContent = "No resource or function matches.";
      list.appendChild(none);
    }
    list.hidden = false;
  }

  function move(step) {
    var hits = Array.prototype.slice.call(list.querySelectorAll("a.hit"));
    if (!hits.length) return;
    var at = hits.findIndex(function (a) { return a.classList.contains("active"); });
    hits.forEach(function (a) { a.classList.remove("active"); });
    var next = hits[(at + step + hits.length) % hits.length];
    next.classList.add("active");
    next.scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    load().then(function () { if (input.value.trim().toLowerCase() === q) show(q); });
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { move(1); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { move(-1); ev.preventDefault(); }
    else if (ev.key === "Enter") {
      var a = list.querySelector("a.hit.active");
      if (a) window.location.href = a.href;
    } else if (ev.key === "Escape") { input.value = ""; show(""); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input) { input.focus(); ev.preventDefault(); }
  });
  document.addEventListener("click", function (ev) {
    if (!list.contains(ev.target) && ev.target !== input) list.hidden = true;
  });
})();
