// Offline reading, progressive: where service workers exist, register /sw.js and ask it to keep the pages every
// reader may need (the emergency page, the rights card, the crisis page, the offline page) and this article, in the
// script being read. Nothing leaves the phone: the worker only stores pages of this site in the browser's own cache.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.caches) {
    return;
  }

  var script = document.currentScript;
  var prefix = (location.pathname.match(/^\/zh-(hant|hk)(?=\/|$)/) || [''])[0];
  var keep = (script && script.getAttribute('data-keep') || '').split(' ').filter(Boolean).map(function (p) { return prefix + p; });
  if (/^(\/zh-(hant|hk))?\/articles\/[^/]+$/.test(location.pathname)) {
    keep.push(location.pathname);
  }

  keep = keep.concat((script && script.getAttribute('data-keep-files') || '').split(' ').filter(Boolean));
  Array.prototype.forEach.call(document.querySelectorAll('link[rel=stylesheet], script[src]'), function (file) {
    keep.push(file.getAttribute('href') || file.getAttribute('src'));
  });
  navigator.serviceWorker.register('/sw.js').then(function () { return navigator.serviceWorker.ready; }).then(function (registration) {
    registration.active.postMessage({ keep: keep });
  }).catch(function () { });
})();
