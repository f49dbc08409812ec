// The real lookup data for the Node tests: the file that the build writes for one language,
// printed by `python -m factbase.render.lookup <language>` from data/ (the venv's Python, or $PYTHON).
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

export const ROOT = fileURLToPath(new URL("../../", import.meta.url))

function python () {
  if (process.env.PYTHON) return process.env.PYTHON
  const venv = ROOT + ".venv/bin/python"
  return existsSync(venv) ? venv : "python3"
}

const loaded = new Map()

export function lookupData (language = "fr") {
  if (!loaded.has(language)) {
    const text = execFileSync(python(), ["-m", "factbase.render.lookup", language], { cwd: ROOT, encoding: "utf8" })
    loaded.set(language, JSON.parse(text))
  }
  return loaded.get(language)
}
