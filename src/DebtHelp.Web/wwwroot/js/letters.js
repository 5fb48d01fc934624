// Print and copy buttons for the letter builder (/letters). Without JavaScript they stay hidden: the page says to use
// the browser's own print menu, and the letter is plain text that can be selected and copied.
(function () {
  'use strict';
  var print = document.querySelector('[data-print]');
  if (print && typeof window.print === 'function') {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  var copy = document.querySelector('[data-copy]');
  var letter = copy && document.getElementById(copy.getAttribute('data-copy'));
  if (copy && letter && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(letter.textContent).then(function () {
        copy.textContent = copy.getAttribute('data-copied');
      });
    });
  }
})();
