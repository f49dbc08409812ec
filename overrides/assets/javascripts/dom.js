/*
 * Building the page's own markup, for the ES modules (page-links.js, the lookup's answer): text
 * only, never HTML, so that nothing read from the data or the page can become markup.
 */

/* A new <tag class="className">text</tag>; either may be left out. */
export function element (tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
