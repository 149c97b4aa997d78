/*
 * Qantar Chronicle widget loader. A member site pastes, once per page,
 *   <script src="https://<chronology>/embed.js" async></script>
 * and, where each widget goes, an element such as
 *   <div data-qantar-timeline data-lang="ru" data-type="detention" data-place="almaty"></div>
 *   <div data-qantar-event="2022-01-05-some-entry" data-lang="en"></div>
 *   <div data-qantar-story="five-days" data-lang="kk"></div>
 * Each element becomes an iframe of the chronology's own frame (/embed/{lang}/timeline/ or
 * /embed/{lang}/event/?id={id} or /embed/{lang}/story/{id}/); every other data-* attribute becomes the frame's query (type, place,
 * right, actor, verification, from, to, limit, theme, accent), read by the frame with the site's
 * filter model. Whatever the element held (a card's plain link to its entry, for readers without
 * JavaScript) is hidden once the frame is in place. The frame reports its height by postMessage; messages are accepted only from the
 * chronology's origin and from the iframe they size, so there is never an inner scroll bar.
 * No request goes anywhere but the chronology's origin; nothing is stored; no cookie is set.
 */
(function () {
  'use strict';
  var existing = window.QantarChronicle;
  if (existing) {
    existing.scan(); // a second copy of the script: just pick up new elements
    return;
  }
  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = new URL('./', script.src); // the site root, also under a sub-path
  var LANGS = ['kk', 'ru', 'en'];
  var OWN = { qantarTimeline: 1, qantarEvent: 1, qantarStory: 1, qantarReady: 1, lang: 1, title: 1, height: 1 };
  var frames = [];

  function frameUrl(el) {
    var d = el.dataset;
    var lang = LANGS.indexOf(d.lang) >= 0 ? d.lang : 'en';
    var id = d.qantarEvent;
    var path = id
      ? 'embed/' + lang + '/event/'
      : d.qantarStory
        ? 'embed/' + lang + '/story/' + encodeURIComponent(d.qantarStory) + '/'
        : 'embed/' + lang + '/timeline/';
    var query = new URLSearchParams();
    if (id) query.set('id', id);
    for (var key in d) if (!OWN[key] && d[key]) query.set(key, d[key]);
    var q = query.toString().replace(/%2C/g, ',');
    return new URL(path + (q ? '?' + q : ''), root).href;
  }

  function scan() {
    var els = document.querySelectorAll(
      '[data-qantar-timeline]:not([data-qantar-ready]),[data-qantar-event]:not([data-qantar-ready]),[data-qantar-story]:not([data-qantar-ready])',
    );
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var frame = document.createElement('iframe');
      frame.src = frameUrl(el);
      frame.title = el.dataset.title || 'Qantar Chronicle';
      frame.setAttribute('loading', 'lazy');
      frame.setAttribute('referrerpolicy', 'no-referrer');
      // CSSOM, not a style attribute, so a host page's CSP on style attributes does not block it
      frame.style.display = 'block';
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.style.height = (Number(el.dataset.height) || 480) + 'px';
      el.setAttribute('data-qantar-ready', '');
      for (var c = 0; c < el.children.length; c++) el.children[c].hidden = true;
      el.appendChild(frame);
      frames.push(frame);
    }
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== root.origin || !e.data || e.data.qantar !== 'size') return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source) continue;
      var height = Math.min(Math.max(Math.ceil(Number(e.data.height)) || 0, 40), 100000);
      frames[i].style.height = height + 'px';
      if (typeof e.data.title === 'string' && !frames[i].parentNode.dataset.title) frames[i].title = e.data.title.slice(0, 200);
    }
  });

  window.QantarChronicle = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
