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

  // Select an invitation link on focus so that a manager can copy it in one go.
  document.querySelectorAll('.copy-field').forEach(function (field) {
    field.addEventListener('focus', function () { field.select(); });
  });
})();
