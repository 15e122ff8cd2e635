/*
 * Under healthlib serve the pages are a preview. Each open page asks which build is served and
 * how the last rebuild went, and waits for the answer that says either changed (the server holds
 * the question until then, or twenty seconds). A new build reloads the page; a rebuild that
 * failed shows its errors (file, line, message) over the page, which still shows the previous
 * build, until a rebuild succeeds. Where no search service answers (pages opened as files, a
 * plain web server) it asks once and stops; after a lost connection it asks again a little later.
 * A page asked for before the build served was published (an edit saved while it loaded) reloads
 * too. The build a page knows of is on its root element, as data-preview-build.
 */
(function () {
  'use strict';

  var root = document.body.getAttribute('data-root') || './';
  var endpoint = new URL(root + 'api/version', document.baseURI);
  var overlay = null;
  var hiddenFor = null;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /** "articles/heart/afib.md:4:11", as the command line prints it. */
  function place(problem) {
    var at = problem.file || '';
    if (problem.line > 0) {
      at += ':' + problem.line + (problem.column > 0 ? ':' + problem.column : '');
    }
    return at;
  }

  function problemList(problems) {
    var list = element('ul');
    problems.forEach(function (problem) {
      var item = element('li');
      if (problem.file) {
        item.appendChild(element('code', 'build-problem-place', place(problem)));
        item.appendChild(document.createTextNode(' '));
      }
      item.appendChild(element('span', 'build-problem-message', problem.message));
      list.appendChild(item);
    });
    return list;
  }

  function build(problems, rebuilds) {
    var box = element('aside', 'build-problems');
    var alert = element('div');
    var heading = element('h2', '', 'Your last change was not published: '
      + problems.length + (problems.length === 1 ? ' error' : ' errors'));
    var hide = element('button', 'build-problems-hide', 'Hide');
    box.id = 'build-problems';
    heading.id = 'build-problems-title';
    box.setAttribute('aria-labelledby', heading.id);
    alert.setAttribute('role', 'alert');
    alert.appendChild(heading);
    alert.appendChild(problemList(problems));
    alert.appendChild(element('p', '', 'This page shows the build before it. Fix the file and save: '
      + 'the page updates by itself.'));
    hide.type = 'button';
    hide.addEventListener('click', function () {
      hiddenFor = rebuilds;
      clear();
    });
    box.appendChild(alert);
    box.appendChild(hide);
    return box;
  }

  function clear() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(problems, rebuilds) {
    clear();
    if (problems.length === 0 || hiddenFor === rebuilds) {
      return;
    }
    overlay = build(problems, rebuilds);
    var skip = document.querySelector('.skip-link');
    document.body.insertBefore(overlay, skip ? skip.nextSibling : document.body.firstChild);
  }

  /**
   * Whether this page was asked for before the build served was published: then it may show the
   * build before it (an edit saved while the page was loading). Such a page reloads, once for
   * each build, so that clocks that disagree cannot make it reload again and again.
   */
  function predates(answer) {
    var navigation = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    var requested = performance.timeOrigin + (navigation ? navigation.requestStart : 0);
    if (!answer.published || answer.published <= requested) {
      return false;
    }
    try {
      if (sessionStorage.getItem('healthlib-preview-reloaded') === String(answer.version)) {
        return false;
      }
      sessionStorage.setItem('healthlib-preview-reloaded', String(answer.version));
    } catch (e) {
      return false;
    }
    return true;
  }

  function ask(served, rebuilds) {
    var url = new URL(endpoint.toString());
    if (served !== null) {
      url.searchParams.set('after', served);
      url.searchParams.set('rebuilds', rebuilds);
    }
    fetch(url.toString(), { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        throw new Error('the preview answered ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      if ((served !== null && answer.version !== served) || (served === null && predates(answer))) {
        window.location.reload();
        return;
      }
      if (served === null || answer.rebuilds !== rebuilds) {
        show(answer.problems || [], answer.rebuilds);
      }
      document.documentElement.setAttribute('data-preview-build', answer.version);
      ask(answer.version, answer.rebuilds);
    }, function () {
      if (served !== null) {
        setTimeout(function () {
          ask(served, rebuilds);
        }, 3000);
      }
    });
  }

  ask(null, null);
})();
