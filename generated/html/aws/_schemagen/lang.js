// Runs before the page is drawn: marks that scripts run (so the chooser shows and the other
// languages hide) and applies the reader's last language choice, kept in localStorage.
(function () {
  var langs = ["nodejs", "python", "go", "csharp"];
  var lang = "nodejs";
  try {
    var saved = window.localStorage.getItem("schemagen.lang");
    if (langs.indexOf(saved) >= 0) lang = saved;
  } catch (e) { /* storage may be disabled; the default language is shown */ }
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");
  root.setAttribute("data-lang", lang);
})();
