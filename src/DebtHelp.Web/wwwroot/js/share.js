// "复制链接" on article pages. Without JavaScript the button stays hidden and the address above it can be selected
// with one tap (CSS user-select: all); with it, one tap copies the address.
(function () {
  'use strict';
  var button = document.querySelector('[data-copy-link]');
  var address = button && document.getElementById(button.getAttribute('data-copy-link'));
  if (!button || !address) { return; }
  var status = button.parentNode.querySelector('.copy-status');

  function done() { if (status) { status.textContent = button.getAttribute('data-copied'); } }

  function fallback() {
    var range = document.createRange();
    range.selectNodeContents(address);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { if (document.execCommand('copy')) { done(); } } catch (e) { /* the address stays selected */ }
  }

  if (!(navigator.clipboard && window.isSecureContext) && typeof document.execCommand !== 'function') { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = address.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  });
})();
