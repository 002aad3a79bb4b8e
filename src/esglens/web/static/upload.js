// The upload form: while the report is analysed (a long PDF takes a minute), say so and keep the button from
// sending it twice. No report text is handled here.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var button = document.getElementById("upload-submit");
  var note = document.getElementById("upload-working");
  if (!form || !button || !note) { return; }
  form.addEventListener("submit", function () {
    button.disabled = true;
    button.textContent = "Analysing…";
    note.hidden = false;
  });
})();
