// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // A form is sent once: a double click or an impatient second click does not send it again.
  document.querySelectorAll('form[method="post"]:not(.reaction-form)').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sent') === 'true') {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-sent', 'true');
      // Allow a new try if the person comes back to the page (for example with the back button).
      setTimeout(function () { form.removeAttribute('data-sent'); }, 8000);
    });
  });

  // Select an invitation or subscription link on focus so that it can be copied in one go.
  document.querySelectorAll('.copy-field').forEach(function (field) {
    field.addEventListener('focus', function () { field.select(); });
  });

  // Reactions toggle without reloading the page; the form still works without JavaScript.
  document.querySelectorAll('.reaction-form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button');
      // Busy, not disabled: a disabled button loses the keyboard focus.
      if (form.getAttribute('aria-busy') === 'true') { return; }
      form.setAttribute('aria-busy', 'true');
      fetch(form.action, {
        method: 'POST',
        headers: { 'Accept': 'application/json' },
        body: new FormData(form),
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      }).then(function (result) {
        button.querySelector('.reaction__count').textContent = result.count;
        button.setAttribute('aria-pressed', String(result.reacted));
        button.classList.toggle('reaction--on', result.reacted);
      }).catch(function () {
        form.submit();
      }).finally(function () {
        form.removeAttribute('aria-busy');
      });
    });
  });

  // Person pickers: type part of a name or a team, choose with the arrow keys and Enter.
  // The server answers the search (data-lookup), so a directory of any size works; the
  // select keeps the chosen people as its selected options and is what the form sends.
  document.querySelectorAll('select.picker__select').forEach(function (select) {
    var lookup = select.getAttribute('data-lookup');
    // The form's value for a person found by the server (e.g. "person-12" where a select
    // mixes teams and people); options marked data-local (teams) are searched in the page.
    var prefix = select.getAttribute('data-value-prefix') || '';
    var excluded = (select.getAttribute('data-exclude') || '').split(' ').filter(Boolean).map(function (id) { return prefix + id; });
    var limit = 12;
    function label(name, fallback) {
      return select.getAttribute('data-' + name + '-label') || document.body.getAttribute('data-picker-' + fallback) || '';
    }
    var box = document.createElement('div');
    box.className = 'picker__box';
    var chips = document.createElement('ul');
    chips.className = 'picker__chips';
    chips.setAttribute('aria-live', 'polite');
    var input = document.createElement('input');
    input.type = 'text';
    input.id = select.id + '-search';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', select.id + '-list');
    input.setAttribute('autocomplete', 'off');
    if (select.getAttribute('data-search-label')) {
      input.setAttribute('aria-label', select.getAttribute('data-search-label'));
    }
    if (select.getAttribute('aria-describedby')) {
      input.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
    }
    if (select.getAttribute('aria-invalid')) {
      input.setAttribute('aria-invalid', select.getAttribute('aria-invalid'));
    }
    if (select.required) {
      // A hidden required select would block the form with a message nobody can see;
      // the server checks that someone was chosen.
      input.setAttribute('aria-required', 'true');
      select.required = false;
    }
    var list = document.createElement('ul');
    list.id = select.id + '-list';
    list.className = 'picker__list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    box.appendChild(chips);
    box.appendChild(input);
    box.appendChild(list);
    select.hidden = true;
    select.parentNode.insertBefore(box, select.nextSibling);
    var fieldLabel = document.querySelector('label[for="' + select.id + '"]');
    if (fieldLabel) { fieldLabel.setAttribute('for', input.id); }
    var active = -1;
    var shown = [];
    var asked = 0;
    var timer = null;
    // While a question is typed but not answered, ArrowDown and Enter wait for the answer:
    // ArrowDown marks its first match (then), Enter chooses it (commits: the questions whose
    // first match is chosen, even if the next name is typed before the answer comes).
    var pending = false;
    var then = null;
    var commits = [];

    function chosen() {
      return Array.prototype.filter.call(select.options, function (option) { return option.selected && option.value; });
    }

    function renderChips() {
      chips.innerHTML = '';
      chosen().forEach(function (option) {
        var chip = document.createElement('li');
        chip.className = 'picker__chip';
        chip.appendChild(document.createTextNode(option.text));
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '\u00d7';
        remove.setAttribute('aria-label', label('remove', 'remove') + ' ' + option.text);
        remove.addEventListener('click', function () { option.selected = false; renderChips(); input.focus(); });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function message(text) {
      list.innerHTML = '';
      var item = document.createElement('li');
      item.className = 'picker__option';
      item.setAttribute('role', 'option');
      item.setAttribute('aria-disabled', 'true');
      item.textContent = text;
      list.appendChild(item);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      input.removeAttribute('aria-activedescendant');
    }

    function render() {
      list.innerHTML = '';
      if (shown.length === 0) { message(label('none', 'none')); return; }
      shown.forEach(function (match, index) {
        var item = document.createElement('li');
        item.id = select.id + '-option-' + match.value;
        item.className = 'picker__option';
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', index === active ? 'true' : 'false');
        item.appendChild(document.createTextNode(match.name));
        if (match.team) {
          var team = document.createElement('small');
          team.textContent = match.team;
          item.appendChild(team);
        }
        item.addEventListener('mousedown', function (event) { event.preventDefault(); choose(match); });
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      if (active >= 0 && shown[active]) {
        input.setAttribute('aria-activedescendant', select.id + '-option-' + shown[active].value);
      }
      else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    // Asks the server; an answer to an older question than the last one is dropped.
    function search() {
      clearTimeout(timer);
      timer = null;
      var query = input.value.trim();
      var question = ++asked;
      if (!query) { pending = false; then = null; shown = []; close(); return; }
      pending = true;
      fetch(lookup + (lookup.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(query), {
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      }).then(function (matches) {
        var taken = chosen().map(function (option) { return option.value; });
        var lower = query.toLowerCase();
        var local = Array.prototype.filter.call(select.options, function (option) {
          return option.hasAttribute('data-local') && option.text.toLowerCase().indexOf(lower) >= 0;
        }).map(function (option) { return { value: option.value, name: option.text, team: null }; });
        var found = matches.map(function (match) { return { value: prefix + match.id, name: match.name, team: match.team }; });
        var open = local.concat(found).filter(function (match) {
          return taken.indexOf(match.value) < 0 && excluded.indexOf(match.value) < 0;
        }).slice(0, limit);
        if (commits.indexOf(question) >= 0) {
          commits.splice(commits.indexOf(question), 1);
          // Typed on since it was asked: choose, and keep what is being typed.
          if (open.length > 0) { choose(open[0], question !== asked || input.value.trim() !== query); return; }
        }
        if (question !== asked) { return; }
        pending = false;
        shown = open;
        active = (then === 'first' && shown.length > 0) ? 0 : Math.min(active, shown.length - 1);
        then = null;
        render();
      }).catch(function () {
        // Signed out meanwhile (the answer is the sign-in page) or the server is away.
        if (commits.indexOf(question) >= 0) { commits.splice(commits.indexOf(question), 1); }
        if (question === asked) { pending = false; then = null; shown = []; message(label('failed', 'failed')); }
      });
    }

    // keepTyping: chosen on an older question's answer while the next name is being typed.
    function choose(match, keepTyping) {
      var option = Array.prototype.find.call(select.options, function (o) { return o.value === match.value; });
      if (!option) {
        option = new Option(match.team ? match.name + ' (' + match.team + ')' : match.name, match.value);
        select.appendChild(option);
      }
      if (!select.multiple) { select.value = ''; }
      option.selected = true;
      renderChips();
      if (keepTyping) { return; }
      input.value = '';
      shown = [];
      close();
      input.focus();
    }

    input.addEventListener('input', function () {
      active = -1;
      pending = true;
      then = null;
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (pending || shown.length === 0) {
          then = then || 'first';
          if (timer || !pending) { search(); }
          return;
        }
        active = Math.min(active + 1, shown.length - 1);
        render();
      }
      else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (shown.length === 0) { return; }
        active = Math.max(active - 1, 0);
        render();
      }
      else if (event.key === 'Enter') {
        // Enter in the search box chooses a person; it never sends the half-filled form.
        event.preventDefault();
        if (pending) {
          if (timer) { search(); }
          if (pending) { commits.push(asked); }
        }
        else if (!list.hidden && shown.length > 0) {
          choose(shown[Math.max(active, 0)]);
        }
      }
      else if (event.key === 'Escape') {
        close();
      }
      else if (event.key === 'Backspace' && input.value === '') {
        var taken = chosen();
        if (taken.length > 0) { taken[taken.length - 1].selected = false; renderChips(); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    renderChips();
    // Back to the page: the browser may put back the people chosen before after this ran;
    // show them, since the form sends them.
    window.addEventListener('pageshow', renderChips);
  });
})();
