// Self-test of check-layouts.mjs on databases the real @constl/ipa 1.6.16 wrote
// (vectors/constellation-objects.mjs --export): every one of them passes; the broken copy fails
// with exactly the values that script broke (its expected-failures.json); and a database whose
// access set is missing is reported, not waited on. Exit 0 when all three hold.
// Run: npm run test:layouts   (or: node interop/check-layouts-selftest.mjs)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'check-layouts-selftest-'))
const problems = []

const node = (script, ...args) => {
  const run = spawnSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, timeout: 600000 })
  return { status: run.status, out: run.stdout ?? '', err: run.stderr ?? '' }
}
const failLines = (out) => out.split('\n').filter((l) => l.startsWith('FAIL\t')).map((l) => l.split('\t'))
const addressOf = (dir, folder) => JSON.parse(readFileSync(join(dir, folder, 'database.json'), 'utf8')).address

const made = node('vectors/constellation-objects.mjs', '--export', scratch)
if (made.status !== 0) {
  console.error(made.out + made.err)
  throw new Error('constellation-objects.mjs --export failed')
}
console.log(made.out.trim())

// 1. What ipa wrote passes.
const good = node('check-layouts.mjs', join(scratch, 'good'))
console.log('good:   ' + good.out.trim().split('\n').pop())
if (good.status !== 0 || failLines(good.out).length) problems.push('ipa\'s own databases fail:\n' + good.out + good.err)

// 2. The broken copy fails with exactly the broken values.
const brokenDir = join(scratch, 'broken')
const broken = node('check-layouts.mjs', brokenDir)
console.log('broken: ' + broken.out.trim().split('\n').pop())
const reported = new Set(failLines(broken.out).map(([, folder, , key]) => `${addressOf(brokenDir, folder)} ${key}`))
const expected = new Set(JSON.parse(readFileSync(join(brokenDir, 'expected-failures.json'), 'utf8')).map((e) => `${e.address} ${e.key}`))
if (broken.status !== 1) problems.push(`broken copy: exit ${broken.status}, not 1`)
for (const e of expected) if (!reported.has(e)) problems.push(`broken copy: ${e} not reported`)
for (const r of reported) if (!expected.has(r)) problems.push(`broken copy: ${r} reported but not broken`)

// 3. A database without the access set its controller names: one clear line, no wait.
const lone = readdirSync(join(scratch, 'good')).find((name) => name.endsWith('-bd'))
const alone = node('check-layouts.mjs', join(scratch, 'good', lone))
const aloneLines = failLines(alone.out)
console.log('alone:  ' + (aloneLines[0]?.slice(1).join(' | ') ?? alone.out.trim()))
if (alone.status !== 1 || aloneLines.length !== 1 || aloneLines[0][3] !== '(open)' || !/access set .* is not among the folders/.test(aloneLines[0][4])) {
  problems.push('a lone database: expected one (open) failure naming its missing access set, got:\n' + alone.out + alone.err)
}

rmSync(scratch, { recursive: true, force: true })
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`check-layouts self-test: ok (${expected.size} broken values found, nothing else)`)
