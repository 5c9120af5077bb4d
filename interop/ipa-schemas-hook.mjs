// A Node module hook (registered by constellation-layouts.mjs) that makes the JSON schemas
// @constl/ipa 1.6.16 keeps private visible: to each installed module file of ipa's dist/ that
// declares top-level `const schéma… = …` without exporting it, it appends
// `export { schéma… }`. Nothing else changes, so ipa runs as published and the exported objects
// are the very ones ipa hands to bohr-db; nothing is copied out of the package.
const IPA_DIST = '/node_modules/@constl/ipa/dist/'
const PRIVATE_SCHEMA = /^const (schéma[\p{L}\p{N}_$]*) = /gmu

export async function load (url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (result.format !== 'module' || !decodeURIComponent(url).includes(IPA_DIST)) return result
  const source = String(result.source)
  const names = [...source.matchAll(PRIVATE_SCHEMA)].map((m) => m[1])
  if (names.length === 0) return result
  return { ...result, source: `${source}\nexport { ${names.join(', ')} };\n` }
}
