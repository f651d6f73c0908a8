/* "Kembali ke atas": the theme's button (#pst-back-to-top) is fixed near the bottom of a
   phone's screen, where it covered the last answer option of a question. It steps aside
   while an answer area reaches the band it sits in (the bottom fifth of the screen). */
(function () {
  "use strict";
  var AREAS = ".selfcheck, .mixed-practice, .learning-progress, .class-recap, .concept-explorer";
  var button = document.getElementById("pst-back-to-top");
  var areas = document.querySelectorAll(AREAS);
  if (!button || !areas.length || !("IntersectionObserver" in window)) return;
  var inBand = new Set();
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) inBand.add(entry.target); else inBand.delete(entry.target);
    });
    // The theme sets the button's display on each scroll; visibility is left to us.
    button.style.visibility = inBand.size ? "hidden" : "";
  }, { rootMargin: "-80% 0px 0px 0px" });
  areas.forEach(function (area) { observer.observe(area); });
})();
