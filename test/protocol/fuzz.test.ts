import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzz } from '../fuzz/run';

test('a seeded fuzz run: 1,000 broken and random documents, the server answers everything', async () => {
  const report = await fuzz(20261125, 1000);
  console.log(`fuzz: ${report.documents} documents, ${report.requests} requests, slowest answer ${report.slowest.toFixed(0)} ms`);
  assert.deepEqual(report.failures, []);
  assert.equal(report.documents, 1000);
});
