// Draws the Plotly figures a page carries as JSON data blocks (no inline script: the CSP forbids it).
(function () {
  "use strict";
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
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
