// The source view: keyboard navigation through a table's facts, the reviewer's name remembered,
// the marked value scrolled into view. No report text is handled here.
(function () {
  "use strict";
  var by = document.getElementById("review-by");
  var form = document.getElementById("review-form");
  if (by && form) {
    try { by.value = by.value || window.localStorage.getItem("esglens.reviewer") || ""; } catch (e) { /* private mode */ }
    form.addEventListener("submit", function () {
      try { window.localStorage.setItem("esglens.reviewer", by.value); } catch (e) { /* private mode */ }
    });
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) { return; }
    var id = (e.key === "ArrowRight" || e.key === "j") ? "next-fact" : (e.key === "ArrowLeft" || e.key === "k") ? "prev-fact" : null;
    var link = id && document.getElementById(id);
    if (link) { e.preventDefault(); window.location.assign(link.href); }
  });
  var mark = document.getElementById("mark-value");
  if (mark && mark.scrollIntoView) { mark.scrollIntoView({ block: "center" }); }
})();
