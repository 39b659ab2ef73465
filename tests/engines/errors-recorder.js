// Served by the cross-engine test server only (never part of dist/): a classic, same-origin
// script that the test server puts first in <head>, before the app's module script, so that it
// sees every error. WebKitWebDriver cannot read the console, so both engines read this instead.
(function () {
  'use strict';
  var errors = [];
  window.__labErrors = errors;
  var describe = function (value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  window.addEventListener(
    'error',
    function (event) {
      if (event.target && event.target !== window) {
        // A script, stylesheet or image that failed to load (seen in the capture phase only).
        var element = event.target;
        errors.push('failed to load ' + element.tagName + ' ' + (element.src || element.href || ''));
      } else {
        errors.push(
          'error: ' +
            (event.error ? describe(event.error) : event.message) +
            ' at ' +
            event.filename +
            ':' +
            event.lineno,
        );
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    errors.push('unhandled rejection: ' + describe(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    errors.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return consoleError.apply(console, arguments);
  };
})();
