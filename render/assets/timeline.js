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
  // The search text and the sources come after the script in the page, so
  // that the filters work while a large page is still being read; what
  // needs them waits for the end of the document.
  var parsed = document.readyState !== 'loading';
  function whenParsed(fn) {
    if (parsed) { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  document.addEventListener('DOMContentLoaded', function () { parsed = true; });
  var searchText = null; // parsed on the first text search
  var searchWaits = false; // a search typed before the page was read waits for it
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
    if (!parsed) { whenParsed(function () { fill(ol); }); return; }
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

  // The strings the filters compare are numbered: a lazy page's
  // filter-data gives its rows as numbers into these tables, and the
  // events of the markup are numbered into the same tables.
  var fd = jsonBlock('filter-data', {names: [], outlets: [], kinds: [], statuses: [], rows: []});
  function table(list) {
    var t = {list: list, index: new Map()};
    list.forEach(function (s, i) { t.index.set(s, i); });
    return t;
  }
  function number(t, s) {
    var i = t.index.get(s);
    if (i === undefined) { i = t.list.length; t.list.push(s); t.index.set(s, i); }
    return i;
  }
  function numbers(t, joined) {
    return joined ? joined.split('|').map(function (s) { return number(t, s); }) : [];
  }
  var names = table(fd.names);
  var outletNames = table(fd.outlets);
  var foldedNames = []; // folded on the first participant search

  // The events, with what the filters test, read once: those in the markup
  // from their data-* attributes, then, on a lazy page, the rows of
  // filter-data, which have no element until they are first shown. Each
  // keeps its section's index so that a section with nothing left can be
  // hidden without asking the DOM.
  var sectionEls = Array.prototype.slice.call(document.querySelectorAll('section.month'));
  var events = [];
  sectionEls.forEach(function (sec, si) {
    var els = sec.getElementsByTagName('article');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      events.push({
        el: el,
        section: si,
        kind: el.getAttribute('data-kind'),
        status: el.getAttribute('data-status'),
        start: el.getAttribute('data-start') || '',
        end: el.getAttribute('data-end') || '',
        who: numbers(names, el.getAttribute('data-who')),
        out: numbers(outletNames, el.getAttribute('data-outlets')),
        ok: true, // matches the filters
        shown: true // its element is shown
      });
    }
  });
  var inMarkup = events.length;
  fd.rows.forEach(function (r) {
    events.push({
      el: null, section: r[0], kind: fd.kinds[r[1]], status: fd.statuses[r[2]], start: r[3], end: r[4],
      who: r[5], out: r[6], ok: true, shown: false
    });
  });
  // What the script needs to build an event besides its row comes after
  // the script in the page: read when the first is built.
  var display = null;
  function displayRow(i) {
    if (display === null) { display = jsonBlock('events-data', []); }
    return display[i - inMarkup] || {};
  }
  var lazy = events.length > inMarkup;
  // Events are shown in page order up to the frontier: every event before
  // it that matches the filters is shown (built if need be), none after
  // it. A filter puts the frontier back after its first matches, and
  // scrolling, a jump to a month or an event, or printing moves it on; so
  // the page never holds more elements than the reader has asked to see.
  var chunk = Math.max(inMarkup, 100);
  var frontier = events.length;
  var moreBox = document.getElementById('more-events');
  var moreButton = document.getElementById('show-more');

  function addText(parent, s) { parent.appendChild(document.createTextNode(s)); }

  // eventElement builds an event of events-data as the "event" template
  // writes it; a browser test holds the two to the same markup.
  function eventElement(ev, i) {
    var r = displayRow(i);
    var anchor = 'event-' + (i + 1);
    var outlets = ev.out.map(function (n) { return outletNames.list[n]; });
    var a = make('article', 'event status-' + ev.status + ' kind-' + ev.kind);
    a.id = anchor;
    [['data-i', String(i)], ['data-id', r.id], ['data-kind', ev.kind], ['data-status', ev.status],
      ['data-start', ev.start], ['data-end', ev.end],
      ['data-who', ev.who.map(function (n) { return names.list[n]; }).join('|')],
      ['data-outlets', outlets.join('|')]].forEach(function (kv) { a.setAttribute(kv[0], kv[1]); });
    var when = make('p', 'when');
    var time = make('time', '', r.d);
    if (r.dt) { time.setAttribute('datetime', r.dt); }
    when.appendChild(time);
    a.appendChild(when);
    var body = make('div', 'body');
    body.appendChild(isolated('h3', 'title', r.t));
    var tags = make('p', 'tags');
    tags.appendChild(make('span', 'kind', ev.kind));
    addText(tags, ' ');
    tags.appendChild(make('span', 'status', (r.sm || '') + ' ' + ev.status));
    if (r.c) {
      addText(tags, ' ');
      var c = make('span', 'corrected', '\u270e corrected by hand');
      c.title = 'Corrected by hand: ' + r.c;
      tags.appendChild(c);
    }
    if (r.pr) {
      addText(tags, ' ');
      tags.appendChild(make('span', 'precision', r.pr));
    }
    body.appendChild(tags);
    var facts = make('p', 'facts');
    if (r.pl) {
      var place = make('span', 'place', 'in ');
      place.appendChild(make('bdi', '', r.pl));
      facts.appendChild(place);
    }
    (r.p || []).forEach(function (p, j) {
      if (j || r.pl) { addText(facts, '; '); }
      facts.appendChild(make('bdi', 'name', p[0]));
      if (p[1]) {
        addText(facts, ' ');
        facts.appendChild(isolated('span', 'detail', p[1]));
      }
    });
    if (r.f) {
      addText(facts, '; format: ');
      facts.appendChild(make('bdi', '', r.f));
    }
    body.appendChild(facts);
    (r.cf || []).forEach(function (c) {
      var p = make('p', 'conflict');
      var sign = make('span', '', '\u26a0');
      sign.setAttribute('aria-hidden', 'true');
      p.appendChild(sign);
      addText(p, ' Another source gives ' + c);
      body.appendChild(p);
    });
    var sources = make('div', 'sources');
    var button = make('button', 'disclosure');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', anchor + '-sources');
    if (outlets.length) {
      var list = make('span', 'outlets');
      outlets.forEach(function (o, j) {
        if (j) { addText(list, ', '); }
        list.appendChild(make('bdi', '', o));
      });
      button.appendChild(list);
      addText(button, ' \u00b7 ');
    }
    button.appendChild(make('span', 'nsrc', r.n));
    sources.appendChild(button);
    var ol = make('ol');
    ol.id = anchor + '-sources';
    ol.setAttribute('data-src', String(i));
    ol.hidden = true;
    sources.appendChild(ol);
    body.appendChild(sources);
    a.appendChild(body);
    return a;
  }

  // place builds event i and puts it in its section after the nearest
  // built event before it (events are built mostly in order, so that is
  // usually the one just before), or first under the heading.
  function place(i) {
    var ev = events[i];
    ev.el = eventElement(ev, i);
    ev.el.hidden = true;
    ev.shown = false;
    var sec = sectionEls[ev.section];
    for (var j = i - 1; j >= 0 && events[j].section === ev.section; j--) {
      if (events[j].el) {
        sec.insertBefore(ev.el, events[j].el.nextSibling);
        return;
      }
    }
    var heading = sec.getElementsByTagName('h2')[0];
    sec.insertBefore(ev.el, heading ? heading.nextSibling : sec.firstChild);
  }

  // after returns the index just past the n-th matching event from i on.
  function after(i, n) {
    for (; i < events.length && n > 0; i++) {
      if (events[i].ok) { n--; }
    }
    return i;
  }

  // layout shows exactly the matching events before the frontier, and
  // the sections, axis ticks and count that go with them.
  var sectionShown = sectionEls.map(function (sec) { return !sec.hidden; });
  var layoutWaits = false;
  function layout() {
    var perSection = sectionEls.map(function () { return 0; });
    var beyond = 0;
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      var want = ev.ok && i < frontier;
      if (want && !ev.el && !parsed) {
        // Its display data is not read yet: built when it is.
        if (!layoutWaits) { layoutWaits = true; whenParsed(layout); }
        want = false;
      } else if (want) {
        if (!ev.el) { place(i); }
        perSection[ev.section]++;
      } else if (ev.ok) {
        beyond++;
      }
      if (ev.el && want !== ev.shown) { ev.el.hidden = !want; ev.shown = want; }
    }
    // A section with no event left is hidden with its heading.
    sectionEls.forEach(function (sec, si) {
      var ok = perSection[si] > 0;
      if (ok !== sectionShown[si]) { sec.hidden = !ok; sectionShown[si] = ok; }
    });
    if (moreBox) { moreBox.hidden = beyond === 0; }
  }

  // showMore moves the frontier on by a chunk of matching events.
  function showMore() {
    if (frontier >= events.length) { return; }
    frontier = after(frontier, chunk);
    layout();
  }
  // showThrough moves the frontier past event i.
  function showThrough(i) {
    if (i < frontier) { return; }
    frontier = i + 1;
    layout();
  }
  // near says whether the reader is within two screens of the end of what
  // is shown.
  function near() {
    return moreBox && !moreBox.hidden && moreBox.getBoundingClientRect().top < 3 * window.innerHeight;
  }
  function topUp() {
    if (!near()) { return; }
    showMore();
    requestAnimationFrame(topUp);
  }
  if (lazy) {
    frontier = inMarkup;
    moreButton.hidden = false;
    moreButton.addEventListener('click', showMore);
    if (window.IntersectionObserver) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) { topUp(); }
      }, {rootMargin: '0px 0px 200% 0px'}).observe(moreBox);
    }
    // Printing prints every matching event.
    window.addEventListener('beforeprint', function () { showThrough(events.length - 1); });
  }
  // lastOf is the index of the last event of section si.
  function lastOf(si) {
    for (var i = events.length - 1; i >= 0; i--) {
      if (events[i].section === si) { return i; }
    }
    return -1;
  }
  // reveal shows the section or event an anchor names, building what it
  // needs, and returns its element.
  function reveal(id) {
    var m = /^event-(\d+)$/.exec(id);
    if (m) { showThrough(Number(m[1]) - 1); }
    var target = document.getElementById(id);
    var si = sectionEls.indexOf(target);
    if (si >= 0) { showThrough(lastOf(si)); }
    return target;
  }
  var ticks = Array.prototype.map.call(document.querySelectorAll('.axis a[data-target]'), function (a) {
    return {el: a, section: sectionEls.indexOf(document.getElementById(a.getAttribute('data-target')))};
  });
  // A link of the time axis scrolls to its section and moves the focus
  // there, without replacing the fragment that holds the filters.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('.axis a[data-target]');
    if (!a) { return; }
    e.preventDefault();
    var target = reveal(a.getAttribute('data-target'));
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
  function matches(ev, i, s, words) {
    if (s.kind && ev.kind !== s.kind) { return false; }
    if (s.status && ev.status !== s.status) { return false; }
    if (s.outlet && ev.out.indexOf(s.outletN) < 0) { return false; }
    if ((s.from || s.to) && !ev.start) { return false; }
    if (s.from && ev.end < s.from) { return false; }
    if (s.to && ev.start > s.to) { return false; }
    if (s.who && !ev.who.some(function (n) { return s.whoHits[n]; })) { return false; }
    if (words) {
      var text = searchText[i] || '';
      for (var k = 0; k < words.length; k++) {
        if (text.indexOf(words[k]) < 0) { return false; }
      }
    }
    return true;
  }

  function apply(s) {
    var words = null;
    if (s.q) {
      if (!parsed) {
        count.textContent = 'Searching\u2026';
        if (!searchWaits) { searchWaits = true; whenParsed(function () { apply(current()); }); }
        return;
      }
      if (searchText === null) { searchText = jsonBlock('search-data', []); }
      words = fold(s.q).split(/\s+/).filter(Boolean);
    }
    var f = {kind: s.kind, status: s.status, outlet: s.outlet, from: s.from, to: s.to, who: s.who ? fold(s.who) : ''};
    if (f.outlet) {
      var n = outletNames.index.get(f.outlet);
      f.outletN = n === undefined ? -1 : n;
    }
    if (f.who) {
      // Each name is tested once, not once per event that has it.
      for (var j = foldedNames.length; j < names.list.length; j++) { foldedNames.push(fold(names.list[j])); }
      f.whoHits = foldedNames.map(function (name) { return name.indexOf(f.who) >= 0; });
    }
    var shown = 0;
    var matching = sectionEls.map(function () { return 0; });
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      ev.ok = matches(ev, i, f, words);
      if (ev.ok) { shown++; matching[ev.section]++; }
    }
    if (lazy) { frontier = after(0, chunk); }
    layout();
    // The axis greys out months with nothing left.
    ticks.forEach(function (t) {
      t.el.classList.toggle('none', t.section >= 0 && matching[t.section] === 0);
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
    if (/^#m-|^#event-/.test(location.hash)) {
      var target = lazy && reveal(decodeURIComponent(location.hash.slice(1)));
      if (target && !target.hidden) { target.scrollIntoView(); }
      return;
    }
    fromFragment();
    apply(current());
  });

  form.hidden = false;
  viewButton.hidden = false;
  document.getElementById('clear').hidden = false;
  if (!/^#m-|^#event-/.test(location.hash)) { fromFragment(); }
  apply(current());
  // A link to a month or an event of a lazy page that is not built yet.
  if (lazy && /^#m-|^#event-/.test(location.hash)) {
    var target = reveal(decodeURIComponent(location.hash.slice(1)));
    if (target && !target.hidden) { target.scrollIntoView(); }
  }
  if (window.performance && performance.mark) { performance.mark('dateline-ready'); }
  // data-ready: everything works, text search and sources included.
  whenParsed(function () {
    document.documentElement.setAttribute('data-ready', 'true');
    if (window.performance && performance.mark) { performance.mark('dateline-parsed'); }
  });
})();
