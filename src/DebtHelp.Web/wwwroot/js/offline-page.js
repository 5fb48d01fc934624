// The offline page (/offline): lists the articles this phone has kept (wwwroot/sw.js), with their titles, read from
// the browser's own cache. Without JavaScript the page still links to the pages kept for every reader.
(function () {
  'use strict';
  var section = document.getElementById('kept-articles');
  if (!section || !window.caches) {
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
