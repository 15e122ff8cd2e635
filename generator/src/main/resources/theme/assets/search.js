/*
 * Search for the health library, from the search API served beside the site: suggestions as you
 * type in every search box (an ARIA combobox), and results, filters and pages on the search page.
 * Where the API does not answer (the site on a plain web server), the names of the articles
 * (search/names.json, written by the build) still give suggestions and name matches; articles of
 * the same title are told apart by the hints of search/hints.json.
 * Progressive enhancement: without this script every search box is a plain GET form to
 * search/?q=, and pages work as they are.
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

  /** Folds case and accents, as the search does: "Ménière" finds "meniere". */
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function getSiteJson(path) {
    return fetch(root + path, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(path + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  /*
   * The names of the articles, written by the build: search/names.json (per article its slug, title
   * and also-called names) and search/hints.json (what tells apart articles of the same title, by
   * slug). Each loaded once, when first needed.
   */
  var names = (function () {
    var loadedNames = null;
    var loadedHints = null;

    function hints() {
      if (loadedHints === null) {
        loadedHints = getSiteJson('search/hints.json').catch(function () {
          return {};
        });
      }
      return loadedHints;
    }

    /** One row per name: {name, slug, title (of the article, for an also-called name), hint, key}. */
    function load() {
      if (loadedNames === null) {
        loadedNames = Promise.all([getSiteJson('search/names.json'), hints()]).then(function (both) {
          var rows = [];
          (both[0].articles || []).forEach(function (article) {
            var slug = article[0];
            var title = article[1];
            rows.push({ name: title, slug: slug, title: '', hint: both[1][slug] || '', key: fold(title) });
            article.slice(2).forEach(function (other) {
              rows.push({ name: other, slug: slug, title: title, hint: '', key: fold(other) });
            });
          });
          return rows;
        });
      }
      return loadedNames;
    }

    function entry(row) {
      return {
        title: row.title ? row.name + ' (' + row.title + ')' : row.name,
        url: '/articles/' + row.slug + '/',
        hint: row.hint
      };
    }

    /** How well a name matches every word typed: 0 starts with the query, 1 has words starting so, -1 no match. */
    function rank(key, query, words) {
      if (key.indexOf(query) === 0) {
        return 0;
      }
      var parts = key.split(/[^a-z0-9]+/);
      var all = words.every(function (word) {
        return parts.some(function (part) {
          return part.indexOf(word) === 0;
        });
      });
      return all ? 1 : -1;
    }

    /** Names matching what was typed, best first, one per article: [{title, url, hint}]. */
    function find(typed, count) {
      var query = fold(typed).trim();
      var words = query.split(/[^a-z0-9]+/).filter(Boolean);
      return load().then(function (rows) {
        var found = [];
        rows.forEach(function (row, order) {
          var score = words.length === 0 ? -1 : rank(row.key, query, words);
          if (score >= 0) {
            found.push({ row: row, score: score, order: order });
          }
        });
        found.sort(function (a, b) {
          return a.score - b.score || a.row.key.length - b.row.key.length || a.order - b.order;
        });
        var seen = {};
        return found.filter(function (match) {
          var first = !seen[match.row.slug];
          seen[match.row.slug] = true;
          return first;
        }).slice(0, count).map(function (match) {
          return entry(match.row);
        });
      });
    }

    /** The hint of each article whose title others have too, by URL. */
    function hintsByUrl() {
      return hints().then(function (bySlug) {
        var byUrl = {};
        Object.keys(bySlug).forEach(function (slug) {
          byUrl['/articles/' + slug + '/'] = bySlug[slug];
        });
        return byUrl;
      });
    }

    return { find: find, hints: hintsByUrl };
  })();

  /** Whether the search API answered the last time it was asked; names.json stands in when not. */
  var apiAnswers = true;

  /** The slug of a suggestion's URL: what tells two articles apart when nothing else does. */
  function slugOf(url) {
    var parts = String(url).split('/').filter(Boolean);
    return parts.length > 0 ? parts[parts.length - 1].replace(/-/g, ' ') : '';
  }

  /** Adds a hint to suggestions whose titles repeat, so that a reader can tell them apart. */
  function withHints(suggestions) {
    var counts = {};
    suggestions.forEach(function (suggestion) {
      var key = fold(suggestion.title);
      counts[key] = (counts[key] || 0) + 1;
    });
    var repeated = suggestions.some(function (suggestion) {
      return counts[fold(suggestion.title)] > 1 && !suggestion.hint;
    });
    if (!repeated) {
      return Promise.resolve(suggestions);
    }
    return names.hints().catch(function () {
      return {};
    }).then(function (hints) {
      return suggestions.map(function (suggestion) {
        if (counts[fold(suggestion.title)] < 2 || suggestion.hint) {
          return suggestion;
        }
        return { title: suggestion.title, url: suggestion.url, hint: hints[suggestion.url] || slugOf(suggestion.url) };
      });
    });
  }

  /** Suggestions for what was typed: from the search API, or from the names where it does not answer. */
  function suggestionsFor(query) {
    var asked = apiAnswers ? getJson('suggest', { q: query }).then(function (data) {
      return data.suggestions || [];
    }, function () {
      apiAnswers = false;
      return names.find(query, 8);
    }) : names.find(query, 8);
    return asked.then(withHints);
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
        var option = element('li');
        option.appendChild(element('span', 'suggestion-name', suggestion.title));
        if (suggestion.hint) {
          option.appendChild(element('span', 'suggestion-hint', suggestion.hint));
          option.setAttribute('aria-label', suggestion.title + ', ' + suggestion.hint);
        }
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
      suggestionsFor(query).then(function (suggestions) {
        if (input.value.trim() === query && document.activeElement === input) {
          show(query, suggestions);
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
    var filters = document.getElementById('search-filters');
    var filtersLabel = document.getElementById('search-filters-label');
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
      showFilters();
    }

    /**
     * The filters are a disclosure below the status line: closed on a narrow screen, so that the
     * first result shows without scrolling, and open beside the results on a wide one. Results
     * take the whole width when there are no filters to show.
     */
    function showFilters() {
      if (!facets.hasChildNodes()) {
        filters.hidden = true;
        filters.parentNode.classList.add('no-facets');
        return;
      }
      var on = (state.type ? 1 : 0) + (state.topic ? 1 : 0);
      filtersLabel.textContent = on === 0 ? 'Filter results' : 'Filter results (' + on + ' on)';
      filters.hidden = false;
      var wide = window.matchMedia('(min-width: 48rem)');
      filters.open = wide.matches;
      wide.addEventListener('change', function () {
        filters.open = wide.matches;
      });
    }

    /** Without the search API: the articles whose names match, from the names file, with a word on why. */
    function byName() {
      names.find(state.q, 20).then(function (found) {
        status.textContent = found.length === 0 ? 'No article is called “' + state.q + '”.'
          : found.length + (found.length === 1 ? ' article is' : ' articles are') + ' called “' + state.q + '”.';
        if (found.length > 0) {
          var list = element('ol', 'name-matches');
          found.forEach(function (match) {
            var item = element('li');
            var heading = element('h2');
            heading.appendChild(link(siteUrl(match.url), match.title));
            item.appendChild(heading);
            if (match.hint) {
              item.appendChild(element('p', 'meta', match.hint));
            }
            list.appendChild(item);
          });
          results.appendChild(list);
        }
        var message = element('p', 'notice', 'Only the names of articles can be searched here: the full-text search '
          + 'service is not available. You can also browse the ');
        message.appendChild(link(root + 'a-z/', 'health topics A–Z'));
        message.appendChild(document.createTextNode('.'));
        results.appendChild(message);
        showFilters();
      }, unavailable);
    }

    function unavailable() {
      status.textContent = 'Search is not available right now.';
      var message = element('p', 'notice', 'The search service could not be reached. Search works when the site is '
        + 'served by its search service, not when its pages are opened as files. You can browse the ');
      message.appendChild(link(root + 'a-z/', 'health topics A–Z'));
      message.appendChild(document.createTextNode(' instead.'));
      results.appendChild(message);
      showFilters();
    }

    if (!state.q) {
      status.textContent = 'Type a word or two to search the library.';
      return;
    }
    status.textContent = 'Searching…';
    getJson('search', { q: state.q, type: state.type, topic: state.topic, page: state.page, size: 10 })
      .then(render, function () {
        apiAnswers = false;
        byName();
      });
  }

  document.querySelectorAll('input[data-suggest]').forEach(enhanceSuggestions);
  var app = document.getElementById('search-app');
  if (app) {
    searchPage(app);
  }
})();
