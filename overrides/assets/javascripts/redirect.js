/*
 * Redirect pages only (data/redirects.yaml). A meta refresh drops the #anchor of the address that
 * the reader opened; this goes to the new page with that anchor (or the record's own anchor).
 */
(function () {
  "use strict"
  var link = document.querySelector("a[data-redirect]")
  if (link) {
    location.replace(link.href.split("#")[0] + (location.hash || link.hash))
  }
})()
