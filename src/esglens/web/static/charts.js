// Draws the Plotly figures a page carries as JSON data blocks (no inline script: the CSP forbids it).
// Plotly (4.8 MB) is fetched only once the page is parsed, so a report's facts show and answer first.
(function () {
  "use strict";
  var me = document.currentScript;
  function draw() {
    if (typeof Plotly === "undefined") { return; }
    var blocks = document.querySelectorAll('script.plotly-figure[type="application/json"]');
    blocks.forEach(function (block) {
      var target = document.getElementById(block.getAttribute("data-target"));
      if (!target) { return; }
      var fig = JSON.parse(block.textContent);
      Plotly.newPlot(target, fig.data, fig.layout, {
        displaylogo: false, responsive: true,
        modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"]
      }).then(function () { target.setAttribute("data-drawn", "1"); });
    });
  }
  function start() {
    if (!document.querySelector('script.plotly-figure')) { return; }
    if (typeof Plotly !== "undefined") { draw(); return; }
    var lib = document.createElement("script");
    lib.src = (me && me.getAttribute("data-plotly")) || "/vendor/plotly.min.js";
    lib.onload = draw;
    document.head.appendChild(lib);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
