import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderCatalogue } from './rule-catalogue.ts';
import { URL_ANALYZERS } from '../packages/core/src/analyzers/url-registry.ts';
import { MESSAGE_ANALYZERS } from '../packages/core/src/analyzers/message-registry.ts';
import { PAGE_ANALYZERS } from '../packages/core/src/analyzers/page-registry.ts';
import { catalogFor } from '../packages/core/src/i18n/catalog.ts';

test('docs/rules.md agrees with the registries and the message catalogues', () => {
  const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
  assert.equal(onDisk, renderCatalogue(), 'docs/rules.md is stale: run npx tsx scripts/rule-catalogue.ts');
});

test('every registered analyzer has readable finding texts in kk, ru and en', () => {
  const ids = [...URL_ANALYZERS, ...MESSAGE_ANALYZERS, ...PAGE_ANALYZERS].map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'analyzer ids are unique');
  for (const lang of ['en', 'ru', 'kk']) {
    const keys = Object.keys(catalogFor(lang));
    for (const id of ids) assert.ok(keys.some((k) => k.startsWith(`finding.${id}.`)), `${id} has no finding text in ${lang}`);
  }
});
