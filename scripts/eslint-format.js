/*
 * ESLint's report in the form of the project's other checks: one line per problem,
 * path:line:column: message (rule), with the path from the repository root, so that a terminal or
 * an editor opens the line. `make lint` passes it with --format.
 */
import path from "node:path"

export default function format (results, context) {
  const lines = []
  for (const result of results) {
    const file = path.relative(context.cwd, result.filePath)
    for (const message of result.messages) {
      const rule = message.ruleId ? ` (${message.ruleId})` : ""
      lines.push(`${file}:${message.line || 0}:${message.column || 0}: ${message.message}${rule}`)
    }
  }
  if (lines.length) {
    lines.push(`${lines.length} problem${lines.length === 1 ? "" : "s"} in the JavaScript (rules: eslint.config.js)`)
  }
  return lines.join("\n")
}
