/* "Kembali ke atas": the theme's button (#pst-back-to-top), fixed near the bottom of a
   phone's screen, covered the last answer option of a question. It steps aside while an
   answer area, or any control (link, button, field), lies under it: the theme shows it on
   each scroll up, and in the next frame this checks what is beneath. */
(function () {
  "use strict";
  var UNDER = ".selfcheck, .mixed-practice, .learning-progress, .class-recap, .concept-explorer,"
    + " a[href], button, input, select, textarea, label, summary, [role=button]";
  var button = document.getElementById("pst-back-to-top");
  if (!button) return;
  var waiting = false;

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function check() {
    waiting = false;
    var box = button.getBoundingClientRect();
    var covers = box.height > 0 && Array.prototype.some.call(
      document.querySelectorAll(UNDER), function (element) {
        if (button.contains(element)) return false;
        return Array.prototype.some.call(element.getClientRects(), function (rect) {
          return overlaps(rect, box);
        });
      });
    // The theme sets the button's display on each scroll; visibility is left to us.
    button.style.visibility = covers ? "hidden" : "";
  }

  window.addEventListener("scroll", function () {
    if (!waiting) { waiting = true; requestAnimationFrame(check); }
  }, { passive: true });
})();
