// The office screen: shows the snapshot the page came with, rotates through it, and polls
// for a newer one with If-None-Match. An unchanged wall costs the server a bodiless 304.
// It keeps going for days: errors back off and retry, and the page reloads itself once a day
// to pick up a new version of the app.
(function () {
  'use strict';
  var body = document.body;
  var label = function (name) { return body.getAttribute('data-label-' + name) || ''; };
  var format = function (pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (match, index) { return args[index] !== undefined ? args[index] : match; });
  };
  var lang = document.documentElement.lang || 'en';
  // The app's English is British: 1 December 2026 and a 24-hour clock, as on every other page.
  var dates = (lang === 'en') ? 'en-GB' : lang;
  var zone = body.getAttribute('data-zone') || undefined;
  var pollUrl = body.getAttribute('data-poll-url');
  var POLL_MS = 5000;
  var ROTATE_MS = 10000;
  var MAX_BACKOFF_MS = 15000;
  var RELOAD_AFTER_MS = 24 * 60 * 60 * 1000;
  var startedAt = Date.now();

  var state = { data: null, etag: body.getAttribute('data-etag'), index: 0, seen: {}, failures: 0 };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function formatDate(iso) {
    try {
      return new Intl.DateTimeFormat(dates, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(iso + 'T00:00:00Z'));
    } catch (e) { return iso; }
  }

  function renderHeader(data) {
    document.getElementById('screen-theme').textContent = data.theme || format(label('no-theme'), data.year);
    var countdown = document.getElementById('screen-countdown');
    if (data.dayNumber > 0) {
      countdown.textContent = format(label('day'), data.dayNumber, data.year);
    } else if (data.daysUntil === 1) {
      countdown.textContent = format(label('tomorrow'), data.year);
    } else {
      countdown.textContent = format(label('days-to-go'), data.daysUntil, data.year);
    }
  }

  function renderItem(item) {
    var card = el('article', 'spotlight__card spotlight__card--' + item.kind);
    if (item.kind === 'inductee') {
      card.appendChild(el('p', 'spotlight__kicker', label('fame')));
      card.appendChild(el('p', 'spotlight__name', item.name));
      card.appendChild(el('p', 'spotlight__award', format(label('award'), item.award, item.year)));
      card.appendChild(el('blockquote', 'spotlight__text', item.text));
      if (item.team) { card.appendChild(el('p', 'spotlight__meta', item.team)); }
    } else {
      card.appendChild(el('p', 'spotlight__kicker', label('to')));
      card.appendChild(el('p', 'spotlight__name', item.others > 0 ? item.name + ' ' + format(label('others'), item.others) : item.name));
      if (item.value) { card.appendChild(el('p', 'spotlight__value', item.value)); }
      card.appendChild(el('blockquote', 'spotlight__text', item.text));
      var from = item.fromCustomer ? label('customer') : (item.from ? format(label('from'), item.from) : label('colleague'));
      card.appendChild(el('p', 'spotlight__meta', from + ' · ' + formatDate(item.date)));
    }
    return card;
  }

  function renderSpotlight() {
    var spotlight = document.getElementById('spotlight');
    var dots = document.getElementById('spotlight-dots');
    var items = state.data ? state.data.items : [];
    spotlight.textContent = '';
    dots.textContent = '';
    if (!items.length) {
      spotlight.appendChild(el('p', 'spotlight__empty', label('empty')));
      return;
    }
    state.index = state.index % items.length;
    spotlight.appendChild(renderItem(items[state.index]));
    items.forEach(function (item, i) {
      dots.appendChild(el('li', i === state.index ? 'is-current' : ''));
    });
  }

  function renderActivity(activity) {
    var item = el('li', 'agenda__item agenda__item--' + activity.state);
    item.appendChild(el('span', 'agenda__time', activity.startsAt + '–' + activity.endsAt));
    var what = el('span', 'agenda__what');
    what.appendChild(el('span', 'agenda__title', activity.title));
    if (activity.place) { what.appendChild(el('span', 'agenda__place', activity.place)); }
    item.appendChild(what);
    if (activity.state === 'now') { item.appendChild(el('span', 'agenda__badge', label('now'))); }
    if (activity.state === 'done') { item.appendChild(el('span', 'agenda__badge agenda__badge--done', label('done'))); }
    return item;
  }

  function renderProgramme(data) {
    var today = document.getElementById('screen-today');
    today.textContent = '';
    if (!data.activities.length) {
      today.appendChild(el('li', 'agenda__none', label('nothing-today')));
    }
    data.activities.forEach(function (activity) { today.appendChild(renderActivity(activity)); });
    var next = document.getElementById('screen-next');
    next.textContent = '';
    if (data.next) {
      next.appendChild(el('p', 'next__title', data.next.title));
      var when = (data.next.date === data.today ? '' : formatDate(data.next.date) + ', ') + data.next.startsAt;
      next.appendChild(el('p', 'next__when', when + (data.next.place ? ' · ' + data.next.place : '')));
    } else {
      next.appendChild(el('p', 'next__none', label('nothing-next')));
    }
  }

  function show(data) {
    var items = data.items || [];
    var fresh = -1;
    items.forEach(function (item, i) {
      var key = item.kind + ':' + item.id;
      if (state.data && !state.seen[key] && fresh < 0) { fresh = i; }
      state.seen[key] = true;
    });
    state.data = data;
    if (fresh >= 0) { state.index = fresh; }
    renderHeader(data);
    renderSpotlight();
    renderProgramme(data);
  }

  function tickClock() {
    try {
      document.getElementById('screen-clock').textContent = new Intl.DateTimeFormat(dates,
        { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date());
    } catch (e) {
      document.getElementById('screen-clock').textContent = new Date().toTimeString().slice(0, 5);
    }
  }

  function rotate() {
    if (state.data && state.data.items.length > 1) {
      state.index = (state.index + 1) % state.data.items.length;
      renderSpotlight();
    }
  }

  function schedulePoll(delay) { window.setTimeout(poll, delay); }

  function poll() {
    var headers = { 'Accept': 'application/json' };
    if (state.etag) { headers['If-None-Match'] = state.etag; }
    fetch(pollUrl, { headers: headers, cache: 'no-store', credentials: 'omit' })
      .then(function (response) {
        if (response.status === 304) { return null; }
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        state.etag = response.headers.get('ETag');
        return response.json();
      })
      .then(function (data) {
        if (data) { show(data); }
        if (Date.now() - startedAt > RELOAD_AFTER_MS) {
          // Once a day, and only right after the server answered: pick up a new version.
          window.location.reload();
          return;
        }
        state.failures = 0;
        document.getElementById('screen-status').textContent = '';
        schedulePoll(POLL_MS);
      })
      .catch(function () {
        // Network drop or the server restarting: say so quietly and keep trying.
        state.failures += 1;
        document.getElementById('screen-status').textContent = label('offline');
        schedulePoll(Math.min(MAX_BACKOFF_MS, POLL_MS * state.failures));
      });
  }

  try {
    show(JSON.parse(body.getAttribute('data-snapshot')));
  } catch (e) {
    state.etag = null;
  }
  tickClock();
  window.setInterval(tickClock, 1000);
  window.setInterval(rotate, ROTATE_MS);
  schedulePoll(POLL_MS);
}());
