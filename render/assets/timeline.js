// Client-side filtering for the dateline HTML timeline. It reads the data-*
// attributes and the JSON data blocks the page was rendered with, and shows
// or hides elements. It never parses HTML: the sources of a large page are
// built as elements whose text is set with textContent, so article text
// stays text.
(function () {
  'use strict';
  if (window.performance && performance.mark) { performance.mark('dateline-script'); }
  var form = document.getElementById('filters');
  var count = document.getElementById('count');
  var empty = document.getElementById('empty');
  var main = document.getElementById('events');
  var fields = ['q', 'who', 'kind', 'status', 'outlet', 'from', 'to'];

  // fold lower-cases and strips accents so "zelenskyy" finds "Zelenskyy"
  // and "caceres" finds "Cáceres". The page's search text was folded the
  // same way when it was rendered.
  function fold(s) {
    return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  }

  function jsonBlock(id, fallback) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : fallback;
  }
  var searchText = null; // parsed on the first text search
  var sourcesData = null; // parsed when a lazy source list first opens

  function make(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }
  function isolated(tag, className, text) {
    var e = make(tag, className);
    e.appendChild(make('bdi', '', text));
    return e;
  }

  // articleItem builds one article of a lazy list as the server-side markup
  // has it: outlet, headline, day, then its sentences. Text goes in with
  // textContent only.
  function articleItem(a) {
    var li = make('li');
    var head = make('p', 'src');
    if (a.o) {
      head.appendChild(isolated('b', 'outlet', a.o));
      head.appendChild(document.createTextNode(' · '));
    }
    if (a.u && /^https?:\/\//i.test(a.u)) {
      var link = isolated('a', '', a.h);
      link.href = a.u;
      link.rel = 'noopener noreferrer';
      head.appendChild(link);
    } else {
      head.appendChild(isolated('cite', '', a.h));
    }
    if (a.p) {
      head.appendChild(document.createTextNode(' · '));
      var time = make('time', '', a.p);
      time.setAttribute('datetime', a.p);
      head.appendChild(time);
    }
    li.appendChild(head);
    (a.s || []).forEach(function (s) {
      var quote = make('blockquote');
      quote.dir = 'auto';
      quote.appendChild(document.createTextNode(s.b || ''));
      if (s.d) {
        quote.appendChild(make('mark', '', s.d));
        quote.appendChild(document.createTextNode(s.a || ''));
      }
      li.appendChild(quote);
      if (s.e) {
        var explain = make('p', 'explain');
        explain.appendChild(make('span', 'label', 'Date:'));
        explain.appendChild(document.createTextNode(' '));
        explain.appendChild(make('bdi', '', s.e));
        li.appendChild(explain);
      }
    });
    if (a.r && !a.u) { li.appendChild(isolated('p', 'article', a.r)); }
    return li;
  }

  // fill builds the articles of a lazy list once.
  function fill(ol) {
    if (ol.hasAttribute('data-filled')) { return; }
    if (sourcesData === null) { sourcesData = jsonBlock('sources-data', []); }
    (sourcesData[Number(ol.getAttribute('data-src'))] || []).forEach(function (a) { ol.appendChild(articleItem(a)); });
    ol.setAttribute('data-filled', '');
  }

  // expand shows or hides a lazy list; its button says which.
  function expand(button, open) {
    var ol = document.getElementById(button.getAttribute('aria-controls'));
    if (!ol) { return; }
    if (open) { fill(ol); }
    ol.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.parentNode.classList.toggle('open', open);
  }
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button.disclosure');
    if (button) { expand(button, button.getAttribute('aria-expanded') !== 'true'); }
  });

  // The events, with what the filters test, read once. Each keeps its
  // section's index so that a section with nothing left can be hidden
  // without asking the DOM.
  var sectionEls = Array.prototype.slice.call(document.querySelectorAll('section.month'));
  var events = [];
  sectionEls.forEach(function (sec, si) {
    var els = sec.getElementsByTagName('article');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      events.push({
        el: el,
        i: Number(el.getAttribute('data-i')),
        section: si,
        who: null, // folded on the first participant search
        whoRaw: el.getAttribute('data-who') || '',
        outlets: '|' + (el.getAttribute('data-outlets') || '') + '|',
        kind: el.getAttribute('data-kind'),
        status: el.getAttribute('data-status'),
        start: el.getAttribute('data-start') || '',
        end: el.getAttribute('data-end') || '',
        shown: true
      });
    }
  });
  var sectionShown = sectionEls.map(function () { return true; });
  var ticks = Array.prototype.map.call(document.querySelectorAll('.axis a[data-target]'), function (a) {
    return {el: a, section: sectionEls.indexOf(document.getElementById(a.getAttribute('data-target')))};
  });
  // A link of the time axis scrolls to its section and moves the focus
  // there, without replacing the fragment that holds the filters.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('.axis a[data-target]');
    if (!a) { return; }
    e.preventDefault();
    var target = document.getElementById(a.getAttribute('data-target'));
    if (!target || target.hidden) { return; } // nothing of it is shown
    target.scrollIntoView();
    target.focus({preventScroll: true});
  });

  function current() {
    var s = {};
    fields.forEach(function (f) {
      var v = form.elements[f].value.trim();
      if (v) { s[f] = v; }
    });
    return s;
  }

  // matches says whether an event passes every filter in s (q and who
  // already folded). Dates are YYYY-MM-DD strings, so comparing strings
  // compares days; an event is kept when its range overlaps [from, to].
  // An undated event cannot overlap a range and is hidden while one is set.
  function matches(ev, s, words) {
    if (s.kind && ev.kind !== s.kind) { return false; }
    if (s.status && ev.status !== s.status) { return false; }
    if (s.outlet && ev.outlets.indexOf('|' + s.outlet + '|') < 0) { return false; }
    if ((s.from || s.to) && !ev.start) { return false; }
    if (s.from && ev.end < s.from) { return false; }
    if (s.to && ev.start > s.to) { return false; }
    if (s.who) {
      if (ev.who === null) { ev.who = fold(ev.whoRaw).split('|'); }
      if (!ev.who.some(function (name) { return name.indexOf(s.who) >= 0; })) { return false; }
    }
    if (words) {
      var text = searchText[ev.i] || '';
      for (var i = 0; i < words.length; i++) {
        if (text.indexOf(words[i]) < 0) { return false; }
      }
    }
    return true;
  }

  function apply(s) {
    var words = null;
    if (s.q) {
      if (searchText === null) { searchText = jsonBlock('search-data', []); }
      words = fold(s.q).split(/\s+/).filter(Boolean);
    }
    var f = {kind: s.kind, status: s.status, outlet: s.outlet, from: s.from, to: s.to, who: s.who ? fold(s.who) : ''};
    var shown = 0;
    var perSection = sectionEls.map(function () { return 0; });
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      var ok = matches(ev, f, words);
      if (ok !== ev.shown) { ev.el.hidden = !ok; ev.shown = ok; }
      if (ok) { shown++; perSection[ev.section]++; }
    }
    // A section with no event left is hidden with its heading.
    sectionEls.forEach(function (sec, si) {
      var ok = perSection[si] > 0;
      if (ok !== sectionShown[si]) { sec.hidden = !ok; sectionShown[si] = ok; }
    });
    // The axis greys out months with nothing left.
    ticks.forEach(function (t) {
      t.el.classList.toggle('none', t.section >= 0 && perSection[t.section] === 0);
    });
    var filtered = Object.keys(s).length > 0;
    count.textContent = filtered
      ? 'Showing ' + shown + ' of ' + events.length + ' events'
      : 'Showing all ' + events.length + ' events';
    empty.hidden = shown > 0;
    more.textContent = 'Filters' + (activeMore(s) ? ' (' + activeMore(s) + ')' : '');
  }

  // activeMore counts the filters set besides the search box.
  function activeMore(s) {
    return fields.filter(function (f) { return f !== 'q' && s[f]; }).length;
  }

  function toFragment(s) {
    var p = new URLSearchParams();
    fields.forEach(function (f) { if (s[f]) { p.set(f, s[f]); } });
    if (detailed) { p.set('view', 'detailed'); }
    return p.toString();
  }

  function fromFragment() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    fields.forEach(function (f) { form.elements[f].value = p.get(f) || ''; });
    setView(p.get('view') === 'detailed');
  }

  // update filters the list and records the filter in the URL fragment,
  // replacing the history entry so that typing does not flood Back.
  function update() {
    var s = current();
    apply(s);
    record(s);
  }
  function record(s) {
    var frag = toFragment(s);
    if (location.hash.replace(/^#/, '') === frag) { return; }
    var url = frag ? '#' + frag : location.pathname + location.search;
    try {
      history.replaceState(null, '', url);
    } catch (e) {
      location.replace('#' + frag);
    }
  }

  // The view: compact (one line per event) or detailed.
  var detailed = false;
  var viewButton = document.getElementById('view');
  function setView(on) {
    detailed = on;
    main.classList.toggle('compact', !on);
    viewButton.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  viewButton.addEventListener('click', function () { setView(!detailed); record(current()); });

  // On a phone the filters other than search fold away behind a button.
  var more = document.getElementById('more');
  more.addEventListener('click', function () {
    var open = !form.classList.contains('open');
    form.classList.toggle('open', open);
    more.setAttribute('aria-expanded', open ? 'true' : 'false');
  });

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  // A fragment that names a filter restores it; one that names a section
  // (a link of the time axis) is left to the browser.
  window.addEventListener('hashchange', function () {
    if (/^#m-|^#event-/.test(location.hash)) { return; }
    fromFragment();
    apply(current());
  });

  form.hidden = false;
  viewButton.hidden = false;
  document.getElementById('clear').hidden = false;
  if (!/^#m-|^#event-/.test(location.hash)) { fromFragment(); }
  apply(current());
  document.documentElement.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) { performance.mark('dateline-ready'); }
})();
