// Client-side filtering for the dateline HTML timeline. It reads the data-*
// attributes the page was rendered with and shows or hides elements. It
// never parses HTML: the sources of a large page are built as elements
// whose text is set with textContent, so article text stays text.
(function () {
  'use strict';
  if (window.performance && performance.mark) { performance.mark('dateline-script'); }
  var form = document.getElementById('filters');
  var count = document.getElementById('count');
  var empty = document.getElementById('empty');
  var fields = ['q', 'who', 'kind', 'status', 'from', 'to'];

  // fold lower-cases and strips accents so "zelenskyy" finds "Zelenskyy"
  // and "caceres" finds "Cáceres".
  function fold(s) {
    return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  }

  // A large page keeps its sources in a JSON data block (see HTMLRenderer)
  // and shows them with a disclosure button rather than <details>, which
  // costs a browser more to build ten thousand times; they become elements
  // when a reader opens them.
  var dataBlock = document.getElementById('sources-data');
  var sourcesData = null;
  function sourcesOf(ol) {
    if (sourcesData === null) {
      sourcesData = dataBlock ? JSON.parse(dataBlock.textContent) : [];
    }
    return sourcesData[Number(ol.getAttribute('data-src'))] || [];
  }

  function make(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  // sourceItem builds one source as the server-side markup has it. Text
  // goes in with textContent only.
  function sourceItem(s) {
    var li = make('li');
    var head = make('p', 'headline');
    if (s.u && /^https?:\/\//i.test(s.u)) {
      var a = make('a', '', s.h);
      a.href = s.u;
      a.rel = 'noopener noreferrer';
      head.appendChild(a);
    } else {
      head.appendChild(make('cite', '', s.h));
    }
    if (s.p) {
      head.appendChild(document.createTextNode(' · '));
      var time = make('time', '', s.p);
      time.setAttribute('datetime', s.p);
      head.appendChild(time);
    }
    li.appendChild(head);
    var quote = make('blockquote');
    quote.appendChild(document.createTextNode(s.b || ''));
    if (s.d) {
      quote.appendChild(make('mark', '', s.d));
      quote.appendChild(document.createTextNode(s.a || ''));
    }
    li.appendChild(quote);
    if (s.e) {
      var explain = make('p', 'explain');
      explain.appendChild(make('span', 'label', 'Date:'));
      explain.appendChild(document.createTextNode(' ' + s.e));
      li.appendChild(explain);
    }
    if (s.r && !s.u) { li.appendChild(make('p', 'article', s.r)); }
    return li;
  }

  // fill builds the sources of a lazy list once.
  function fill(ol) {
    if (ol.hasAttribute('data-filled')) { return; }
    sourcesOf(ol).forEach(function (s) { ol.appendChild(sourceItem(s)); });
    ol.setAttribute('data-filled', '');
  }

  // expand shows or hides a lazy list; its button says which.
  function expand(button, open) {
    var ol = document.getElementById(button.getAttribute('aria-controls'));
    if (!ol) { return; }
    if (open) { fill(ol); }
    ol.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button.disclosure');
    if (button) { expand(button, button.getAttribute('aria-expanded') !== 'true'); }
  });

  // lazyText is the text of an event's sources that are not in the page yet.
  function lazyText(el) {
    var ol = el.querySelector('ol[data-src]:not([data-filled])');
    if (!ol) { return ''; }
    return sourcesOf(ol).map(function (s) {
      return [s.h, s.p, s.r, s.b, s.d, s.a, s.e].join(' ');
    }).join(' ');
  }

  var events = Array.prototype.map.call(document.querySelectorAll('article.event'), function (el) {
    return {
      el: el,
      text: null, // filled on the first text search
      who: fold(el.getAttribute('data-who') || '').split('|'),
      kind: el.getAttribute('data-kind'),
      status: el.getAttribute('data-status'),
      start: el.getAttribute('data-start') || '',
      end: el.getAttribute('data-end') || ''
    };
  });
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.day, section.month'));

  function current() {
    var s = {};
    fields.forEach(function (f) {
      var v = form.elements[f].value.trim();
      if (v) { s[f] = v; }
    });
    return s;
  }

  // matches says whether an event passes every filter in s. Dates are
  // YYYY-MM-DD strings, so comparing strings compares days; an event is
  // kept when its range overlaps [from, to]. An undated event cannot
  // overlap a range and is hidden while one is set.
  function matches(ev, s) {
    if (s.kind && ev.kind !== s.kind) { return false; }
    if (s.status && ev.status !== s.status) { return false; }
    if ((s.from || s.to) && !ev.start) { return false; }
    if (s.from && ev.end < s.from) { return false; }
    if (s.to && ev.start > s.to) { return false; }
    if (s.who && !ev.who.some(function (name) { return name.indexOf(fold(s.who)) >= 0; })) { return false; }
    if (s.q) {
      if (ev.text === null) { ev.text = fold(ev.el.textContent + ' ' + lazyText(ev.el)); }
      var words = fold(s.q).split(/\s+/);
      for (var i = 0; i < words.length; i++) {
        if (ev.text.indexOf(words[i]) < 0) { return false; }
      }
    }
    return true;
  }

  function apply(s) {
    var shown = 0;
    events.forEach(function (ev) {
      var ok = matches(ev, s);
      ev.el.hidden = !ok;
      if (ok) { shown++; }
    });
    // A day or month with no event left is hidden with its heading.
    sections.forEach(function (sec) {
      sec.hidden = !sec.querySelector('article.event:not([hidden])');
    });
    var filtered = Object.keys(s).length > 0;
    count.textContent = filtered
      ? 'Showing ' + shown + ' of ' + events.length + ' events'
      : 'Showing all ' + events.length + ' events';
    empty.hidden = shown > 0;
  }

  function toFragment(s) {
    var p = new URLSearchParams();
    fields.forEach(function (f) { if (s[f]) { p.set(f, s[f]); } });
    return p.toString();
  }

  function fromFragment() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    fields.forEach(function (f) { form.elements[f].value = p.get(f) || ''; });
  }

  // update filters the list and records the filter in the URL fragment,
  // replacing the history entry so that typing does not flood Back.
  function update() {
    var s = current();
    apply(s);
    var frag = toFragment(s);
    if (location.hash.replace(/^#/, '') === frag) { return; }
    var url = frag ? '#' + frag : location.pathname + location.search;
    try {
      history.replaceState(null, '', url);
    } catch (e) {
      location.replace('#' + frag);
    }
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  window.addEventListener('hashchange', function () { fromFragment(); apply(current()); });

  // Printing shows every source: open what is closed, and close it again after.
  var opened = [], expanded = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      return true;
    });
    expanded = Array.prototype.filter.call(document.querySelectorAll('button.disclosure[aria-expanded="false"]'), function (b) {
      expand(b, true);
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    expanded.forEach(function (b) { expand(b, false); });
    opened = [];
    expanded = [];
  });

  form.hidden = false;
  fromFragment();
  apply(current());
  document.documentElement.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) { performance.mark('dateline-ready'); }
})();
