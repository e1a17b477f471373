// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Select an invitation link on focus so that a manager can copy it in one go.
  document.querySelectorAll('.copy-field').forEach(function (field) {
    field.addEventListener('focus', function () { field.select(); });
  });
})();
