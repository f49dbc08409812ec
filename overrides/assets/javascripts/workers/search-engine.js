/*
 * The search engine of workers/search-worker.js, which loads this file (importScripts) at the
 * reader's first query, in the same worker: until then that small file answers Material alone, and
 * nothing else is fetched on a page view. From here on it hands the work to Material's worker,
 * loaded inside this one, with these changes:
 * - the index is the page language's own (?index=...), so English pages never list French ones;
 * - index words and queries are folded, so "donnees" finds "données" and "securite" "sécurité";
 * - a query goes through the index's own pipeline (its stop words, and its stemmer if the config
 *   has one) before Material's: Material ends every word with a wildcard, and lunr skips the
 *   pipeline for a word with a wildcard, so "de*" in "numéro de sécurité sociale" matched every
 *   word that starts with "de" ("Déclaration d'accessibilité" came first) and a stemmed index
 *   would never match an unstemmed query word;
 * - the words that people type and the pages do not use ("arnaque" for the phishing page) are in
 *   the index as the page's `tags` (data/search.yaml, factbase/publish/search_index.py), which Material
 *   boosts most; they are taken out of the results, so Material does not show them as tags;
 * - Material's worker, lunr and the index load at the first query, not on every page view.
 * It lives in workers/ because Material's worker loads its lunr language files from "../lunr".
 */
"use strict"

var SETUP = 0, READY = 1, RESULT = 3
var params = new URL(self.location.href).searchParams

function fold(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/æ/g, "ae").replace(/Æ/g, "AE")
}

function loadIndex(url) {
  var request = new XMLHttpRequest()
  request.open("GET", url, false) // synchronous is allowed in a worker; the query waits for it anyway
  request.send()
  if (request.status !== 200) throw new Error("search index " + url + ": HTTP " + request.status)
  return JSON.parse(request.responseText)
}

function startEngine(options) {
  var listener = null
  var addEventListener = self.addEventListener
  // Keep Material's message handler for ourselves, so that every message goes through this file.
  self.addEventListener = function (type, handler, capture) {
    if (type === "message") listener = handler
    else addEventListener.call(self, type, handler, capture)
  }
  try {
    importScripts(params.get("worker"))
  } finally {
    self.addEventListener = addEventListener
  }
  var run = self.lunr.Pipeline.prototype.run
  self.lunr.Pipeline.prototype.run = function (tokens) {
    for (var i = 0; i < tokens.length; i++) tokens[i].update(fold)
    return run.call(this, tokens)
  }
  var index = loadIndex(params.get("index"))
  return new Promise(function (resolve) {
    var post = self.postMessage
    self.postMessage = function (message) {
      if (message && message.type === READY) {
        self.postMessage = function (answer) {
          post.call(self, answer && answer.type === RESULT ? withoutTags(answer) : answer)
        }
        resolve({ listener: listener, analyse: queryAnalyser(index.config) })
      } else {
        post.apply(self, arguments)
      }
    }
    listener({ data: { type: SETUP, data: { config: index.config, docs: index.docs, options: options } } })
  })
}

// The index's pipeline for query words (Material has set lunr up for the index's language by now):
// a stop word is dropped, unless the query holds nothing else (the reader may still be typing).
// Words with Material's query syntax (+word, -word, word~1, field:word, "...") are left as typed.
function queryAnalyser(config) {
  var language = (config.lang || ["en"])[0]
  var namespace = language === "en" ? self.lunr : self.lunr[language]
  var pipeline = new self.lunr.Pipeline()
  ;["trimmer", "stopWordFilter", "stemmer"].forEach(function (name) {
    if ((config.pipeline || []).indexOf(name) !== -1 && namespace && namespace[name]) pipeline.add(namespace[name])
  })
  var separator = new RegExp(config.separator || "[\\s\\-]+")
  return function (query) {
    var words = []
    String(query).split(/\s+/).forEach(function (part) {
      if (!part) return
      if (/^[+-]|[*~^:"]/.test(part)) {
        words.push(part)
        return
      }
      part.split(separator).forEach(function (word) {
        if (!word) return
        var kept = pipeline.runString(word)
        if (kept.length) words.push(kept.join(" "))
      })
    })
    return words.length ? words.join(" ") : String(query)
  }
}

function withoutTags(message) {
  var groups = (message.data && message.data.items) || []
  groups.forEach(function (group) {
    group.forEach(function (item) { delete item.tags })
  })
  return message
}

// What search-worker.js calls once this file is loaded.
self.vmSearchEngine = { start: startEngine, fold: fold }
