/*
 * Search for the health library, from the search API served beside the site (healthlib serve):
 * suggestions as you type in every search box (an ARIA combobox), and results, filters and pages
 * on the search page; under healthlib serve, pages also reload after a rebuild. Progressive
 * enhancement: without this script every search box is a plain GET form to search/?q=, and pages
 * work as they are.
 */
(function () {
  'use strict';

  var root = document.body.getAttribute('data-root') || './';
  var api = new URL(root + 'api/', document.baseURI);
  var language = document.documentElement.lang || 'en';

  /** A site-root-relative URL from the API ("/articles/afib/") as a URL relative to this page. */
  function siteUrl(path) {
    return root + String(path).replace(/^\/+/, '');
  }

  function getJson(endpoint, params) {
    var url = new URL(endpoint, api);
    Object.keys(params).forEach(function (key) {
      if (params[key] !== '' && params[key] !== null && params[key] !== undefined) {
        url.searchParams.set(key, params[key]);
      }
    });
    return fetch(url.toString(), { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('search service answered ' + response.status);
      }
      return response.json();
    });
  }

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

  function link(href, text) {
    var anchor = element('a', '', text);
    anchor.href = href;
    return anchor;
  }

  function readerDate(iso) {
    var time = element('time');
    time.setAttribute('datetime', iso);
    try {
      time.textContent = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
        .format(new Date(iso + 'T00:00:00Z'));
    } catch (e) {
      time.textContent = iso;
    }
    return time;
  }

  /** Inserts a snippet keeping only its text and <mark> highlights: nothing else of the HTML survives. */
  function appendSnippet(target, html) {
    var parsed = new DOMParser().parseFromString('<body>' + String(html), 'text/html');
    (function copy(from, to) {
      from.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(child.nodeValue));
        } else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK') {
          var mark = element('mark');
          copy(child, mark);
          to.appendChild(mark);
        } else if (child.nodeType === Node.ELEMENT_NODE && child.tagName !== 'SCRIPT' && child.tagName !== 'STYLE') {
          copy(child, to);
        }
      });
    })(parsed.body, target);
  }

  /* Suggestions as you type: the search box becomes a combobox with a listbox of article titles. */
  function enhanceSuggestions(input, index) {
    var list = element('ul', 'suggestions');
    var announcer = element('span', 'visually-hidden');
    var items = [];
    var active = -1;
    var timer = null;
    var shown = '';
    list.id = 'suggestions-' + index;
    list.hidden = true;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    input.parentNode.appendChild(list);
    announcer.setAttribute('role', 'status');
    input.parentNode.appendChild(announcer);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    function close() {
      items = [];
      active = -1;
      shown = '';
      list.hidden = true;
      list.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function show(query, suggestions) {
      close();
      shown = query;
      items = suggestions.slice(0, 8);
      items.forEach(function (suggestion, i) {
        var option = element('li', '', suggestion.title);
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-index', String(i));
        list.appendChild(option);
      });
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', String(items.length > 0));
      announcer.textContent = items.length === 0 ? '' : items.length + (items.length === 1 ? ' suggestion' : ' suggestions')
        + ': use the up and down arrow keys to choose';
    }

    function move(step) {
      active = (active + step + items.length) % items.length;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute('aria-selected', String(i === active));
      });
      input.setAttribute('aria-activedescendant', list.id + '-' + active);
    }

    function go(suggestion) {
      window.location.href = siteUrl(suggestion.url);
    }

    function update() {
      var query = input.value.trim();
      if (query.length < 2) {
        close();
        return;
      }
      if (query === shown) {
        return;
      }
      getJson('suggest', { q: query }).then(function (data) {
        if (input.value.trim() === query && document.activeElement === input) {
          show(query, data.suggestions || []);
        }
      }).catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 150);
    });
    input.addEventListener('keydown', function (event) {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && items.length > 0) {
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        go(items[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 150);
    });
    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option) {
        go(items[Number(option.getAttribute('data-index'))]);
      }
    });
  }

  /* The search page: results, "did you mean", facet filters and pagination, all plain links. */
  function searchPage(app) {
    var params = new URLSearchParams(window.location.search);
    var state = {
      q: (params.get('q') || '').trim(),
      type: params.get('type') || '',
      topic: params.get('topic') || '',
      page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1)
    };
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    var facets = document.getElementById('search-facets');
    var labelsNode = document.getElementById('search-labels');
    var labels = labelsNode ? JSON.parse(labelsNode.textContent) : { type: {}, topic: {} };
    var input = document.getElementById('search-q');
    if (input) {
      input.value = state.q;
    }

    function href(changes) {
      var next = new URLSearchParams();
      var merged = Object.assign({}, state, changes);
      ['q', 'type', 'topic', 'page'].forEach(function (key) {
        if (merged[key] && !(key === 'page' && merged[key] === 1)) {
          next.set(key, merged[key]);
        }
      });
      return '?' + next.toString();
    }

    function label(facet, name) {
      return (labels[facet] && labels[facet][name]) || name;
    }

    function renderFacet(facet, title, counts) {
      var names = Object.keys(counts || {});
      if (names.length === 0) {
        return;
      }
      var section = element('section');
      var heading = element('h2', '', title);
      var list = element('ul');
      heading.id = 'facet-' + facet;
      section.setAttribute('aria-labelledby', heading.id);
      names.forEach(function (name) {
        var item = element('li');
        var change = {};
        change[facet] = name;
        change.page = 1;
        var anchor = link(href(change), label(facet, name) + ' (' + counts[name] + ')');
        if (state[facet] === name) {
          anchor.setAttribute('aria-current', 'true');
        }
        item.appendChild(anchor);
        list.appendChild(item);
      });
      if (state[facet]) {
        var clear = {};
        clear[facet] = '';
        clear.page = 1;
        var all = element('li');
        all.appendChild(link(href(clear), facet === 'type' ? 'All types' : 'All topics'));
        list.appendChild(all);
      }
      section.appendChild(heading);
      section.appendChild(list);
      facets.appendChild(section);
    }

    function renderHit(hit) {
      var item = element('li');
      var heading = element('h2');
      heading.appendChild(link(siteUrl(hit.url), hit.title));
      item.appendChild(heading);
      var meta = element('p', 'meta', label('type', hit.type));
      if (hit.reviewed) {
        meta.appendChild(document.createTextNode(' · Reviewed '));
        meta.appendChild(readerDate(hit.reviewed));
      }
      item.appendChild(meta);
      var snippet = element('p', 'snippet');
      if (hit.snippet) {
        appendSnippet(snippet, hit.snippet);
      } else {
        snippet.textContent = hit.summary || '';
      }
      item.appendChild(snippet);
      return item;
    }

    function renderPages(total, size) {
      var pages = Math.ceil(total / size);
      if (pages <= 1) {
        return;
      }
      var nav = element('nav', 'pagination');
      var list = element('ul');
      nav.setAttribute('aria-label', 'Result pages');
      function add(page, text, rel) {
        var item = element('li');
        var anchor = link(href({ page: page }), text);
        if (page === state.page && !rel) {
          anchor.setAttribute('aria-current', 'page');
        }
        if (rel) {
          anchor.rel = rel;
        }
        item.appendChild(anchor);
        list.appendChild(item);
      }
      if (state.page > 1) {
        add(state.page - 1, 'Previous', 'prev');
      }
      for (var page = Math.max(1, state.page - 2); page <= Math.min(pages, state.page + 2); page++) {
        add(page, String(page));
      }
      if (state.page < pages) {
        add(state.page + 1, 'Next', 'next');
      }
      nav.appendChild(list);
      results.appendChild(nav);
    }

    function render(data) {
      var total = data.total || 0;
      var hits = data.hits || [];
      status.textContent = total === 0 ? 'No results for “' + state.q + '”.'
        : total + (total === 1 ? ' result' : ' results') + ' for “' + state.q + '”'
          + (state.page > 1 ? ', page ' + state.page : '') + '.';
      if (data.suggestion) {
        var didYouMean = element('p', 'did-you-mean', 'Did you mean ');
        didYouMean.appendChild(link(href({ q: data.suggestion, page: 1 }), data.suggestion));
        didYouMean.appendChild(document.createTextNode('?'));
        results.appendChild(didYouMean);
      }
      if (hits.length > 0) {
        var list = element('ol');
        list.start = (state.page - 1) * 10 + 1;
        hits.forEach(function (hit) {
          list.appendChild(renderHit(hit));
        });
        results.appendChild(list);
      } else if (total === 0) {
        var none = element('p', '', 'Try other words, or browse the ');
        none.appendChild(link(root + 'a-z/', 'health topics A–Z'));
        none.appendChild(document.createTextNode('.'));
        results.appendChild(none);
      }
      renderFacet('type', 'Type', data.facets && data.facets.type);
      renderFacet('topic', 'Topic', data.facets && data.facets.topic);
      renderPages(total, 10);
      withoutEmptyFacets();
    }

    /** Results take the whole width when there are no filters to show. */
    function withoutEmptyFacets() {
      if (!facets.hasChildNodes()) {
        facets.parentNode.classList.add('no-facets');
      }
    }

    function unavailable() {
      status.textContent = 'Search is not available right now.';
      var message = element('p', 'notice', 'The search service could not be reached. Search works when the site is '
        + 'served by its search service, not when its pages are opened as files. You can browse the ');
      message.appendChild(link(root + 'a-z/', 'health topics A–Z'));
      message.appendChild(document.createTextNode(' instead.'));
      results.appendChild(message);
      withoutEmptyFacets();
    }

    if (!state.q) {
      status.textContent = 'Type a word or two to search the library.';
      return;
    }
    status.textContent = 'Searching…';
    getJson('search', { q: state.q, type: state.type, topic: state.topic, page: state.page, size: 10 })
      .then(render)
      .catch(unavailable);
  }

  /**
   * Under healthlib serve, the pages are a preview: each open page asks which build is served and
   * waits for the answer that says it changed (the server holds the question until a rebuild, or
   * twenty seconds), then reloads. Where no search service answers (pages opened as files, a plain
   * web server), it asks once and stops; after a lost connection it asks again a little later.
   */
  function reloadOnRebuild() {
    var served = null;
    function ask() {
      getJson('version', served === null ? {} : { after: served }).then(function (answer) {
        if (served !== null && answer.version !== served) {
          window.location.reload();
          return;
        }
        served = answer.version;
        ask();
      }, function () {
        if (served !== null) {
          setTimeout(ask, 3000);
        }
      });
    }
    ask();
  }

  document.querySelectorAll('input[data-suggest]').forEach(enhanceSuggestions);
  reloadOnRebuild();
  var app = document.getElementById('search-app');
  if (app) {
    searchPage(app);
  }
})();
