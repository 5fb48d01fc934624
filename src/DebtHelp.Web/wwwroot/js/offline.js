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

  Array.prototype.forEach.call(document.querySelectorAll('link[rel=stylesheet], script[src]'), function (file) {
    keep.push(file.getAttribute('href') || file.getAttribute('src'));
  });
  navigator.serviceWorker.register('/sw.js').then(function () { return navigator.serviceWorker.ready; }).then(function (registration) {
    registration.active.postMessage({ keep: keep });
  }).catch(function () { });

  // On the offline page: list the articles this phone has kept, with their titles.
  var section = document.getElementById('kept-articles');
  if (!section) {
    return;
  }

  caches.open('debthelp-pages').then(function (cache) {
    return cache.keys().then(function (requests) {
      var list = section.querySelector('ul');
      var shown = {};
      Array.prototype.forEach.call(document.querySelectorAll('ul.kept a'), function (a) { shown[a.pathname] = true; });
      return Promise.all(requests.map(function (request) {
        var path = new URL(request.url).pathname;
        if (shown[path] || !/\/articles\//.test(path)) {
          return null;
        }

        return cache.match(request).then(function (response) { return response.text(); }).then(function (html) {
          var title = (html.match(/<h1>([^<]*)<\/h1>/) || [null, path])[1];
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = path;
          link.textContent = title.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
          item.appendChild(link);
          list.appendChild(item);
          section.hidden = false;
        });
      }));
    });
  }).catch(function () { });
})();
