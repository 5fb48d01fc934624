// The service worker for offline reading (registered by /js/offline.js). It keeps pages of this site in the
// browser's cache and nothing else: no analytics, no background sync, no push, nothing sent anywhere.
// - Pages: network first. An article that loads is kept, so it opens again without a network; any other page that
//   cannot load falls back to the kept copy, else to the offline page. Searches and letters are never kept (what a
//   reader typed must not stay on a shared phone).
// - Stylesheets, scripts and the icon: from the cache once kept (their addresses change with each version).
'use strict';
var PAGES = 'debthelp-pages';
var FILES = 'debthelp-files';
var MAX_PAGES = 60;
var KEPT_PAGE = /^(\/zh-(hant|hk))?(\/articles\/[a-z0-9-]+|\/offline)$/;

self.addEventListener('install', function () { self.skipWaiting(); });

self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener('message', function (event) {
  var keep = (event.data && event.data.keep) || [];
  event.waitUntil(Promise.all(keep.map(function (path) {
    var url = new URL(path, self.location.origin);
    if (url.origin !== self.location.origin) {
      return null;
    }

    var cacheName = KEPT_PAGE.test(url.pathname) ? PAGES : isFile(url) ? FILES : null;
    if (!cacheName) {
      return null;
    }

    return caches.open(cacheName).then(function (cache) {
      return cache.match(url.href).then(function (found) {
        return found || fetch(url.href).then(function (response) { return response.ok ? cache.put(url.href, response) : null; });
      });
    }).catch(function () { });
  })));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }

  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  } else if (isFile(url)) {
    event.respondWith(file(request));
  }
});

function isFile(url) {
  return /^\/(css|js)\//.test(url.pathname) || url.pathname === '/favicon.svg';
}

function page(request, url) {
  var keep = KEPT_PAGE.test(url.pathname) && !url.search;
  return fetch(request).then(function (response) {
    if (keep && response.ok) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(url.href, copy).then(function () { return trim(cache); }); });
    }

    return response;
  }).catch(function () {
    var prefix = (url.pathname.match(/^\/zh-(hant|hk)(?=\/|$)/) || [''])[0];
    return caches.open(PAGES).then(function (cache) {
      return cache.match(url.href).then(function (kept) {
        return kept || cache.match(self.location.origin + prefix + '/offline').then(function (offline) {
          return offline || cache.match(self.location.origin + '/offline');
        });
      });
    }).then(function (response) { return response || Response.error(); });
  });
}

function file(request) {
  return caches.open(FILES).then(function (cache) {
    return cache.match(request).then(function (kept) {
      return kept || fetch(request).then(function (response) {
        if (response.ok) {
          cache.put(request, response.clone());
        }

        return response;
      });
    });
  });
}

// Keeps the page cache small on a cheap phone: the oldest articles go first, the pages kept for everyone stay.
function trim(cache) {
  return cache.keys().then(function (requests) {
    var extra = requests.filter(function (r) { return !/\/(collector-at-door-now|rights-card|crisis-support)$|\/offline$/.test(r.url); });
    return Promise.all(extra.slice(0, Math.max(0, extra.length - MAX_PAGES)).map(function (r) { return cache.delete(r); }));
  });
}
