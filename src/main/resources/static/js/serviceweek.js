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
      button.disabled = true;
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
        button.disabled = false;
      });
    });
  });

  // The recipient picker: type a name or a team, choose with the arrow keys and Enter.
  document.querySelectorAll('select.picker__select').forEach(function (select) {
    var options = Array.prototype.map.call(select.options, function (option) {
      return { value: option.value, name: option.text, team: option.getAttribute('data-team') || '', option: option };
    });
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
    input.setAttribute('aria-label', select.getAttribute('data-search-label'));
    if (select.getAttribute('aria-describedby')) {
      input.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
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
    var label = document.querySelector('label[for="' + select.id + '"]');
    if (label) { label.setAttribute('for', input.id); }
    var active = -1;
    var shown = [];

    function renderChips() {
      chips.innerHTML = '';
      options.filter(function (o) { return o.option.selected; }).forEach(function (o) {
        var chip = document.createElement('li');
        chip.className = 'picker__chip';
        chip.appendChild(document.createTextNode(o.name));
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '\u00d7';
        remove.setAttribute('aria-label', select.getAttribute('data-remove-label') + ' ' + o.name);
        remove.addEventListener('click', function () { o.option.selected = false; renderChips(); input.focus(); });
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

    function render() {
      var query = input.value.trim().toLowerCase();
      list.innerHTML = '';
      if (!query) { close(); return; }
      shown = options.filter(function (o) {
        // Names match anywhere; teams match from the start of a word ("sup" finds "Billing support").
        var team = o.team.toLowerCase();
        var teamMatch = team.indexOf(query) === 0 || team.indexOf(' ' + query) >= 0;
        return !o.option.selected && (o.name.toLowerCase().indexOf(query) >= 0 || teamMatch);
      }).slice(0, 12);
      if (shown.length === 0) {
        var none = document.createElement('li');
        none.className = 'picker__option';
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        none.textContent = select.getAttribute('data-none-label');
        list.appendChild(none);
      }
      shown.forEach(function (o, index) {
        var item = document.createElement('li');
        item.id = select.id + '-option-' + o.value;
        item.className = 'picker__option';
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', index === active ? 'true' : 'false');
        item.appendChild(document.createTextNode(o.name));
        if (o.team) {
          var team = document.createElement('small');
          team.textContent = o.team;
          item.appendChild(team);
        }
        item.addEventListener('mousedown', function (event) { event.preventDefault(); choose(o); });
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

    function choose(o) {
      o.option.selected = true;
      input.value = '';
      renderChips();
      close();
      input.focus();
    }

    input.addEventListener('input', function () { active = -1; render(); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) { render(); }
        active = Math.min(active + 1, shown.length - 1);
        render();
      }
      else if (event.key === 'ArrowUp') {
        event.preventDefault();
        active = Math.max(active - 1, 0);
        render();
      }
      else if (event.key === 'Enter') {
        // Enter in the search box chooses a person; it never sends the half-filled form.
        event.preventDefault();
        if (!list.hidden && shown.length > 0) {
          choose(shown[Math.max(active, 0)]);
        }
      }
      else if (event.key === 'Escape') {
        close();
      }
      else if (event.key === 'Backspace' && input.value === '') {
        var selected = options.filter(function (o) { return o.option.selected; });
        if (selected.length > 0) { selected[selected.length - 1].option.selected = false; renderChips(); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    renderChips();
  });
})();
