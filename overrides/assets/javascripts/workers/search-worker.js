/*
 * Search worker started by Material in place of its own (see site.js); it speaks Material's worker
 * protocol. On a page view Material only sets it up and sends an empty query: this file answers
 * both alone. At the first real query it loads search-engine.js (the per-language, accent-insensitive
 * search over Material's own worker, described there), which then loads Material's worker, lunr and
 * the index. So a page view fetches this small file only.
 * It lives in workers/ because Material's worker loads its lunr language files from "../lunr".
 */
"use strict"

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
var options = { suggest: false }
var engine = null

self.addEventListener("message", function (event) {
  var message = event.data
  if (message.type === SETUP) {
    options = message.data.options || options
    self.postMessage({ type: READY })
  } else if (message.type === QUERY) {
    if (!engine && !String(message.data).trim()) {
      // Material sends the empty query on page load: answer it without loading anything.
      self.postMessage({ type: RESULT, data: { items: [] } })
      return
    }
    if (!engine) {
      try {
        importScripts("search-engine.js")
        engine = self.vmSearchEngine.start(options)
      } catch (error) {
        engine = Promise.reject(error)
      }
    }
    engine.then(function (search) {
      search.listener({ data: { type: QUERY, data: search.analyse(self.vmSearchEngine.fold(message.data)) } })
    }, function (error) {
      console.error(error)
      self.postMessage({ type: RESULT, data: { items: [] } })
    })
  }
})
