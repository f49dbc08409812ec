/*
 * Insurer lookup ("Is my insurer concerned?"), on the pages that hold [[generated:insurer-lookup]].
 * Markup: overrides/fragments/insurer-lookup.html. Data: lookup/insurers.json of the page's
 * language (factbase/lookup.py), fetched from this site when the reader first focuses the field.
 *
 * Matching folds case, accents and punctuation, knows aliases and former names, accepts a word
 * still being typed, and tolerates one typo in a word of 4-7 letters, two from 8 letters (a
 * transposition counts as one). It indexes distinct words once, so that a keystroke scans words,
 * not insurers: with 10,000 insurers a result is on screen within a frame.
 *
 * Nothing is stored and nothing is sent: the query never leaves the page.
 */
(function () {
  "use strict"

  var root = document.getElementById("vm-lookup")
  if (!root) return
  var form = root.querySelector(".vm-lookup__form")
  var field = document.getElementById("vm-lookup-field")
  var list = document.getElementById("vm-lookup-results")
  var status = document.getElementById("vm-lookup-status")
  var more = document.getElementById("vm-lookup-more")
  var unknown = document.getElementById("vm-lookup-unknown")
  var unknownName = document.getElementById("vm-lookup-unknown-name")
  var MAX_RESULTS = 8
  var ANNOUNCE_AFTER_MS = 500

  function text (key) { return root.getAttribute("data-label-" + key) || "" }

  function format (template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]) })
  }

  /* The same folding as factbase.insurers.fold: accents and case away (ß as ss, as Python's
     casefold does), runs of anything that is not a letter or a digit become one space. */
  function fold (value) {
    return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim()
  }

  /* Optimal string alignment distance between `query` and the closest prefix of `word`, or
     limit + 1 as soon as it must exceed `limit`. A prefix, because the reader may still be typing. */
  var rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]
  function prefixDistance (query, word, limit) {
    var m = query.length
    var n = Math.min(word.length, m + limit)
    if (n + limit < m || n >= 63) return limit + 1
    var before = rows[0]; var previous = rows[1]; var current = rows[2]
    for (var j = 0; j <= n; j++) previous[j] = j
    for (var i = 1; i <= m; i++) {
      current[0] = i
      var best = i
      var q = query.charCodeAt(i - 1)
      for (j = 1; j <= n; j++) {
        var w = word.charCodeAt(j - 1)
        var cost = previous[j - 1] + (q === w ? 0 : 1)
        if (previous[j] + 1 < cost) cost = previous[j] + 1
        if (current[j - 1] + 1 < cost) cost = current[j - 1] + 1
        if (i > 1 && j > 1 && q === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === w &&
            before[j - 2] + 1 < cost) cost = before[j - 2] + 1
        current[j] = cost
        if (cost < best) best = cost
      }
      if (best > limit) return limit + 1
      var spare = before; before = previous; previous = current; current = spare
    }
    var result = limit + 1
    for (j = Math.max(0, m - limit); j <= n; j++) if (previous[j] < result) result = previous[j]
    return result
  }

  /* Typos are forgiven between words of letters only: in a code or a number ("AS0042", "AG2R"),
     one character apart is another insurer. */
  function typoLimit (token) {
    if (/\d/.test(token)) return 0
    return token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0
  }

  /* A 32-bit set of the characters of a word. A word that lacks d of the query's characters is at
     least d edits away, so most words are ruled out without computing a distance. */
  function characterSet (word) {
    var set = 0
    for (var i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) % 32)
    return set
  }

  function bitCount (value) {
    value -= (value >>> 1) & 0x55555555
    value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
    return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
  }

  /* The index: every name and alias is a term; every distinct word of the terms points to the
     terms that hold it. Built once, when the data arrive. */
  function buildIndex (data) {
    var strings = data.strings
    var entries = data.insurers.map(function (record, order) {
      return {
        name: record[0],
        slug: record[1],
        aliases: record[2],
        status: record[3],
        links: record[4].map(function (link) {
          return {
            operator: strings[link[0]],
            basis: strings[link[1]],
            sources: link[2].map(function (index) { return data.sources[index] })
          }
        }),
        order: order
      }
    })
    var terms = []
    var postings = new Map()
    entries.forEach(function (entry, entryId) {
      [entry.name].concat(entry.aliases).forEach(function (label, position) {
        var folded = fold(label)
        var termId = terms.length
        terms.push({ entry: entryId, label: label, alias: position > 0, folded: folded,
                     compact: folded.replace(/ /g, "") })
        folded.split(" ").forEach(function (word) {
          if (!word) return
          var ids = postings.get(word)
          if (!ids) postings.set(word, ids = [])
          if (ids[ids.length - 1] !== termId) ids.push(termId)
        })
      })
    })
    var words = Array.from(postings.keys()).sort()
    // The first keystrokes ("a", "as") match thousands of words: their term lists are merged once
    // here, so that no keystroke has to.
    var shortPrefixes = new Map()
    words.forEach(function (word) {
      for (var length = 1; length <= 2 && length <= word.length; length++) {
        var prefix = word.slice(0, length)
        var cost = word.length === length ? 0 : 0.25
        var lists = shortPrefixes.get(prefix)
        if (!lists) shortPrefixes.set(prefix, lists = new Map())
        postings.get(word).forEach(function (termId) {
          var known = lists.get(termId)
          if (known === undefined || cost < known) lists.set(termId, cost)
        })
      }
    })
    shortPrefixes.forEach(function (costOf, prefix) {
      var ids = Int32Array.from(costOf.keys()).sort()
      var costs = Float32Array.from(ids, function (id) { return costOf.get(id) })
      shortPrefixes.set(prefix, { ids: ids, costs: costs })
    })
    var letterWords = []
    words.forEach(function (word, position) { if (!/\d/.test(word)) letterWords.push(position) })
    return {
      entries: entries,
      terms: terms,
      words: words,
      letterWords: Int32Array.from(letterWords),
      sets: Int32Array.from(words, characterSet),
      termEntry: Int32Array.from(terms, function (term) { return term.entry }),
      termAlias: Uint8Array.from(terms, function (term) { return term.alias ? 1 : 0 }),
      termLength: Int32Array.from(terms, function (term) { return term.folded.length }),
      postings: words.map(function (word) { return Int32Array.from(postings.get(word)) }),
      // Scratch space for one search, reused: no allocation per keystroke.
      scratchCost: new Float32Array(terms.length),
      scratchStamp: new Int32Array(terms.length),
      touched: new Int32Array(terms.length),
      mark: 0,
      best: new Float32Array(entries.length).fill(Infinity),
      bestTerm: new Int32Array(entries.length),
      entriesFound: new Int32Array(entries.length),
      scratch: [0, 1].map(function () {
        return { ids: new Int32Array(terms.length), costs: new Float32Array(terms.length) }
      }),
      cache: new Map(),
      shortPrefixes: shortPrefixes
    }
  }

  // The index of the first item of the sorted ``items`` that is not below ``value`` (binary search).
  function firstAtOrAfter (items, value) {
    var low = 0; var high = items.length
    while (low < high) {
      var middle = (low + high) >> 1
      if (items[middle] < value) low = middle + 1
      else high = middle
    }
    return low
  }

  /* The terms that one typed word matches, sorted by term id, with a cost: 0 for the whole
     word, 0.25 for a word that starts with it, the number of typos otherwise (a wrong first
     letter costs 0.5 more: readers rarely mistype it). Cached, because typing changes only the
     last word. Scratch arrays indexed by term avoid a Map per keystroke. */
  function tokenMatches (index, token) {
    var cached = index.cache.get(token)
    if (cached) return cached
    var short = token.length <= 2 && index.shortPrefixes.get(token)
    if (short) return short
    var cost = index.scratchCost; var stamp = index.scratchStamp; var touched = index.touched
    var mark = ++index.mark
    var count = 0
    function add (wordIndex, value) {
      var ids = index.postings[wordIndex]
      for (var k = 0; k < ids.length; k++) {
        var id = ids[k]
        if (stamp[id] !== mark) { stamp[id] = mark; cost[id] = value; touched[count++] = id }
        else if (value < cost[id]) cost[id] = value
      }
    }
    var words = index.words
    var start = firstAtOrAfter(words, token)
    var end = start
    while (end < words.length && words[end].lastIndexOf(token, 0) === 0) {
      add(end, words[end].length === token.length ? 0 : 0.25)
      end++
    }
    var limit = typoLimit(token)
    if (limit) {
      var wanted = characterSet(token)
      var head = token.charCodeAt(0)
      var letterWords = index.letterWords
      for (var n = 0; n < letterWords.length; n++) {
        var i = letterWords[n]
        if (i >= start && i < end) continue
        var word = words[i]
        if (word.length + limit < token.length || bitCount(wanted & ~index.sets[i]) > limit) continue
        var distance = prefixDistance(token, word, limit)
        if (distance <= limit) add(i, distance + (word.charCodeAt(0) === head ? 0 : 0.5))
      }
    }
    var ids = touched.slice(0, count).sort()
    var costs = new Float32Array(count)
    for (var k = 0; k < count; k++) costs[k] = cost[ids[k]]
    var matches = { ids: ids, costs: costs }
    if (index.cache.size > 100) index.cache.clear()
    index.cache.set(token, matches)
    return matches
  }

  /* The ids of `found` (its first `count`) that `other` holds too, with their costs added, written
     into `into`; returns how many. A walk through both sorted lists when they are of similar
     length, a binary search in the longer one when the first is much shorter. */
  function intersect (found, count, other, into) {
    var kept = 0
    var k
    if (count * 16 < other.ids.length) {
      for (k = 0; k < count; k++) {
        var at = position(other.ids, found.ids[k])
        if (at !== -1) { into.ids[kept] = found.ids[k]; into.costs[kept++] = found.costs[k] + other.costs[at] }
      }
    } else {
      var j = 0
      for (k = 0; k < count; k++) {
        while (j < other.ids.length && other.ids[j] < found.ids[k]) j++
        if (j === other.ids.length) break
        if (other.ids[j] === found.ids[k]) {
          into.ids[kept] = found.ids[k]
          into.costs[kept++] = found.costs[k] + other.costs[j]
        }
      }
    }
    return kept
  }

  function position (ids, id) {
    var at = firstAtOrAfter(ids, id)
    return at < ids.length && ids[at] === id ? at : -1
  }

  function search (index, query) {
    var folded = fold(query)
    var compact = folded.replace(/ /g, "")
    if (compact.length < 2) return null
    // A term must match every typed word: the lists of the typed words, all sorted by term id,
    // are intersected from the shortest, adding up the costs. Scratch arrays, reused, hold the
    // terms found: a keystroke allocates almost nothing, so no garbage collection interrupts it.
    var lists = folded.split(" ").map(function (token) { return tokenMatches(index, token) })
    lists.sort(function (a, b) { return a.ids.length - b.ids.length })
    var found = lists[0]
    var count = found.ids.length
    for (var t = 1; t < lists.length && count; t++) {
      var into = index.scratch[t % 2]
      count = intersect(found, count, lists[t], into)
      found = into
    }
    var k
    // Spacing or punctuation typed differently ("lamutuellegenerale"), or a piece inside a word:
    // looked for only when the words found too little.
    var extraIds = []; var extraCosts = []
    if (count < MAX_RESULTS && compact.length >= 3) {
      for (var termId = 0; termId < index.terms.length; termId++) {
        var inside = index.terms[termId].compact.indexOf(compact)
        if (inside !== -1) { extraIds.push(termId); extraCosts.push(inside === 0 ? 0.5 : 1) }
      }
    }
    // Best term per insurer, then the best insurers: the whole name first, then the fewest
    // typos, names before aliases, then the table's order.
    var best = index.best; var bestTerm = index.bestTerm
    var entriesFound = index.entriesFound; var entryCount = 0
    var termEntry = index.termEntry; var termAlias = index.termAlias; var termLength = index.termLength
    function consider (id, cost) {
      var entry = termEntry[id]
      var whole = termLength[id] === folded.length && index.terms[id].folded === folded
      var score = (whole ? -1 : cost) + termAlias[id] * 0.1
      if (best[entry] === Infinity) entriesFound[entryCount++] = entry
      if (score < best[entry]) { best[entry] = score; bestTerm[entry] = id }
    }
    for (k = 0; k < count; k++) consider(found.ids[k], found.costs[k])
    for (k = 0; k < extraIds.length; k++) consider(extraIds[k], extraCosts[k])
    var top = []
    for (k = 0; k < entryCount; k++) {
      var entryId = entriesFound[k]
      var entryScore = best[entryId]
      best[entryId] = Infinity
      var last = top[top.length - 1]
      if (top.length === MAX_RESULTS && !ranksBefore(entryScore, entryId, last.score, last.entryId)) continue
      var place = top.length
      while (place > 0 && ranksBefore(entryScore, entryId, top[place - 1].score, top[place - 1].entryId)) place--
      top.splice(place, 0, { score: entryScore, entryId: entryId, term: index.terms[bestTerm[entryId]] })
      if (top.length > MAX_RESULTS) top.pop()
    }
    top.forEach(function (match) { match.entry = index.entries[match.entryId] })
    return { matches: top, total: entryCount }
  }

  // Entries are numbered in the table's order, so the entry id breaks ties.
  function ranksBefore (score, entryId, otherScore, otherEntryId) {
    return score !== otherScore ? score < otherScore : entryId < otherEntryId
  }

  /* Display */

  // Slugs and source ids are [a-z0-9-] (the schemas say so): they go into addresses as they are.
  var insurerPages = new URL(root.getAttribute("data-base"), location.href).href + "assureurs/"
  var sourcesPage = new URL(root.getAttribute("data-sources"), location.href).href.split("#")[0] + "#"

  /* A result's card, built once per insurer (and alias shown) and kept: typing often shows the same
     insurers again, and a kept card costs only its layout. */
  var cards = new Map()
  function card (match) {
    var key = match.entry.order + (match.term.alias ? "|" + match.term.label : "")
    var built = cards.get(key)
    if (!built) {
      if (cards.size > 500) cards.clear()
      cards.set(key, built = resultItem(match))
    }
    return built
  }

  function element (tag, className, content) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (content !== undefined) node.textContent = content
    return node
  }

  function resultItem (match) {
    var entry = match.entry
    var item = element("li", "vm-lookup__result vm-lookup__result--" + entry.status)
    var link = element("a", "vm-lookup__name", entry.name)
    link.href = insurerPages + entry.slug + "/"
    var title = element("p", "vm-lookup__title")
    title.appendChild(link)
    if (match.term.alias) {
      title.appendChild(document.createTextNode(" "))
      title.appendChild(element("span", "vm-lookup__alias", format(text("alias"), { alias: match.term.label })))
    }
    item.appendChild(title)
    item.appendChild(element("p", "vm-lookup__meaning", text("meaning-" + entry.status)))
    var details = element("ul", "vm-lookup__links")
    entry.links.forEach(function (linkData) {
      var line = element("li")
      line.appendChild(element("span", "vm-lookup__operator", linkData.operator))
      line.appendChild(document.createTextNode(" · " + linkData.basis + " · "))
      linkData.sources.forEach(function (source, position) {
        if (position) line.appendChild(document.createTextNode(", "))
        var cite = element("a", "vm-lookup__source", source[1])
        cite.href = sourcesPage + source[0]
        line.appendChild(cite)
      })
      details.appendChild(line)
    })
    item.appendChild(details)
    return item
  }

  var announceTimer = 0
  function announce (message) {
    clearTimeout(announceTimer)
    // Announced once the reader pauses, not at every keystroke; meanwhile the line is emptied, so
    // that nobody reads the previous query's count above the new results (an empty line is silent).
    status.textContent = ""
    announceTimer = setTimeout(function () { status.textContent = message }, ANNOUNCE_AFTER_MS)
  }

  function show (query, found) {
    list.textContent = ""
    unknown.hidden = true
    more.hidden = true
    if (!found) {
      announce(query.trim() ? text("short") : "")
      return
    }
    if (!found.total) {
      unknownName.textContent = format(text("quoted"), { query: query.trim() })
      unknown.hidden = false
      announce(format(text("none"), { query: query.trim() }))
      return
    }
    var fragment = document.createDocumentFragment()
    found.matches.forEach(function (match) { fragment.appendChild(card(match)) })
    list.appendChild(fragment)
    if (found.total > found.matches.length) {
      more.textContent = format(text("more"), { shown: found.matches.length, total: found.total })
      more.hidden = false
    }
    var first = found.matches[0].entry
    announce(format(text(found.total === 1 ? "one" : "many"), { count: found.total, name: first.name }))
  }

  /* Loading: on first focus (or first keystroke, if the field got a value another way). */

  var index = null
  var loading = null
  function load () {
    if (loading) return loading
    loading = fetch(root.getAttribute("data-src"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status)
        return response.json()
      })
      .then(function (data) {
        index = buildIndex(data)
        // One search of each kind before the reader's first keystroke, so that the browser has
        // compiled the code by then. The queries are not the reader's, and nothing is shown.
        var warmUp = ["mutuelle generale", "mutuele", "zq", "ag2r"]
        warmUp.forEach(function (query) { search(index, query) })
        index.cache.clear()
        update()
      })
      .catch(function () {
        loading = null
        announce(text("failed"))
        root.classList.add("vm-lookup--failed")
      })
    return loading
  }

  function looksLikeNumber (value) {
    return /\d[\d\s.\-]{5,}\d/.test(value)
  }

  function update () {
    var query = field.value
    if (looksLikeNumber(query)) {
      list.textContent = ""
      unknown.hidden = true
      more.hidden = true
      announce(text("number"))
      return
    }
    if (!index) {
      if (query.trim()) announce(text("loading"))
      load()
      return
    }
    show(query, search(index, query))
  }

  /* Keyboard: Down from the field to the first result, Up and Down between results, Up from the
     first result or Escape back to the field. Enter on a result follows its link. */
  function resultLinks () {
    return Array.prototype.slice.call(list.querySelectorAll(".vm-lookup__name"))
  }

  field.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var links = resultLinks()
      if (links.length) {
        event.preventDefault()
        links[0].focus()
      }
    } else if (event.key === "Escape" && field.value) {
      field.value = ""
      update()
    }
  })

  list.addEventListener("keydown", function (event) {
    var links = resultLinks()
    var position = links.indexOf(document.activeElement)
    if (position === -1) return
    if (event.key === "ArrowDown" && position < links.length - 1) {
      event.preventDefault()
      links[position + 1].focus()
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      if (position > 0) links[position - 1].focus()
      else field.focus()
    } else if (event.key === "Escape") {
      event.preventDefault()
      field.focus()
    }
  })

  field.addEventListener("focus", load)
  field.addEventListener("input", update)
  form.addEventListener("submit", function (event) { event.preventDefault() })
  window.addEventListener("pagehide", function () { form.reset() })

  // For the browser tests (folding, timing); holds nothing about the reader.
  root.vmLookup = {
    fold: fold,
    search: function (query) { return index && search(index, query) },
    // As if the word had never been typed: neither its matches nor any result card are kept.
    forget: function (token) {
      if (index) index.cache.delete(fold(token))
      cards.clear()
    }
  }

  form.hidden = false
  root.classList.add("vm-lookup--ready")
  if (field.value) update()
})()
