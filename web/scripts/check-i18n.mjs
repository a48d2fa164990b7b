// Every catalogue has exactly the keys of the Latvian one, so no string is left untranslated.
import { readFileSync } from 'node:fs';
const load = (l) => JSON.parse(readFileSync(new URL(`../src/i18n/${l}.json`, import.meta.url), 'utf8'));
const lv = Object.keys(load('lv')).sort();
let failed = false;
for (const l of ['en', 'ru']) {
  const keys = Object.keys(load(l)).sort();
  const missing = lv.filter((k) => !keys.includes(k));
  const extra = keys.filter((k) => !lv.includes(k));
  if (missing.length || extra.length) {
    failed = true;
    console.error(`${l}.json: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`);
  }
}
process.exit(failed ? 1 : 0);
