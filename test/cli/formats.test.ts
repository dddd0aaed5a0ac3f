import assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { version } from '../../package.json';
import { ERRORS, VALID, WARNING, WARNING_MESSAGE, cli, lines, tree } from './cli';

const files = { 'bad.contact.json': ERRORS, 'good.contact.json': VALID, 'sub dir/warn.contact.json': WARNING };

describe('contact-json output formats, parsed back', () => {
  test('json: every checked file with its problems, 1-based, end exclusive', () => {
    const root = tree(files);
    const run = cli(root, ['--format', 'json']);
    assert.equal(run.code, 1);
    const report: unknown = JSON.parse(run.stdout);
    assert.ok(Array.isArray(report));
    for (const entry of report) {
      assert.deepEqual(Object.keys(entry).sort(), ['diagnostics', 'file']);
      for (const d of entry.diagnostics) {
        assert.deepEqual(Object.keys(d), ['line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        for (const key of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(d[key]) && d[key] >= 1, key);
        assert.ok(['error', 'warning', 'info'].includes(d.severity));
      }
    }
    assert.deepEqual(report, [
      {
        file: 'bad.contact.json',
        diagnostics: [
          { line: 2, column: 14, endLine: 2, endColumn: 21, severity: 'error', code: 'enum', message: '"voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?' },
          { line: 3, column: 3, endLine: 3, endColumn: 11, severity: 'error', code: 'unknown-property', message: '"Chanel" is not a member of Contact. Did you mean "Channel"?' },
        ],
      },
      { file: 'good.contact.json', diagnostics: [] },
      { file: 'sub dir/warn.contact.json', diagnostics: [{ line: 3, column: 10, endLine: 3, endColumn: 15, severity: 'warning', code: 'arn-format', message: WARNING_MESSAGE }] },
    ]);
  });

  test('json: an empty array when nothing matched and that is allowed', () => {
    const run = cli(tree({}), ['--format', 'json', '--no-error-on-unmatched-pattern']);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  test('sarif: SARIF 2.1.0 with a rule for every code and located results', () => {
    const root = tree(files);
    const run = cli(root, ['--format', 'sarif']);
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    const { driver } = sarifRun.tool;
    assert.equal(driver.name, 'contact-json');
    assert.equal(driver.version, version);
    const ids = driver.rules.map((rule: { id: string }) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const code of ['json-syntax', 'enum', 'unknown-property', 'arn-format', 'timestamp-order']) assert.ok(ids.includes(code), code);
    for (const rule of driver.rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(driver.rules[ids.indexOf('arn-format')].defaultConfiguration.level, 'warning');
    assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(realpathSync(root) + '/').href);
    assert.equal(sarifRun.results.length, 3);
    for (const result of sarifRun.results) {
      assert.equal(typeof result.ruleId, 'string');
      assert.equal(ids[result.ruleIndex], result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      assert.equal(result.locations.length, 1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[key]) && region[key] >= 1, key);
    }
    assert.deepEqual(
      sarifRun.results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region]),
      [
        ['enum', 'error', 'bad.contact.json', { startLine: 2, startColumn: 14, endLine: 2, endColumn: 21 }],
        ['unknown-property', 'error', 'bad.contact.json', { startLine: 3, startColumn: 3, endLine: 3, endColumn: 11 }],
        ['arn-format', 'warning', 'sub%20dir/warn.contact.json', { startLine: 3, startColumn: 10, endLine: 3, endColumn: 15 }],
      ],
    );
  });

  test('sarif: info is a note; a clean run has no results', () => {
    const root = tree({ 'warn.contact.json': WARNING });
    const info = JSON.parse(cli(root, ['--format', 'sarif', '--rule', 'arn-format=info']).stdout);
    assert.equal(info.runs[0].results[0].level, 'note');
    const clean = cli(tree({ 'a.contact.json': VALID }), ['--format', 'sarif']);
    assert.equal(clean.code, 0);
    assert.deepEqual(JSON.parse(clean.stdout).runs[0].results, []);
  });

  test('github: one workflow command a problem, end column inclusive, escaped', () => {
    const root = tree({ ...files, 'a,b.contact.json': '{"Channel": "voice"}' });
    const run = cli(root, ['--format', 'github']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), [
      '::error file=a%2Cb.contact.json,line=1,col=13,endLine=1,endColumn=19,title=enum::"voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
      '::error file=bad.contact.json,line=2,col=14,endLine=2,endColumn=20,title=enum::"voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
      '::error file=bad.contact.json,line=3,col=3,endLine=3,endColumn=10,title=unknown-property::"Chanel" is not a member of Contact. Did you mean "Channel"?',
      `::warning file=sub dir/warn.contact.json,line=3,col=10,endLine=3,endColumn=14,title=arn-format::${WARNING_MESSAGE}`,
    ]);
    assert.equal(cli(root, ['--format', 'github', '--rule', 'arn-format=info', 'sub dir']).stdout.slice(0, 9), '::notice ');
  });

  test('compact and github print nothing for a clean tree', () => {
    const root = tree({ 'a.contact.json': VALID });
    for (const format of ['compact', 'github']) assert.deepEqual(cli(root, ['--format', format]), { code: 0, stdout: '', stderr: '' });
  });

  test('stylish: colours with --color, none with NO_COLOR or --no-color', () => {
    const root = tree({ 'bad.contact.json': ERRORS });
    const coloured = cli(root, ['--color']).stdout;
    assert.ok(coloured.includes('\u001b[31merror\u001b[0m'), coloured);
    // Padding is inside the colour codes, so the columns line up as without colours.
    assert.equal(
      coloured.split('\n')[1],
      '  \u001b[2m2:14\u001b[0m  \u001b[31merror\u001b[0m  \u001b[2menum            \u001b[0m  "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
    );
    assert.ok(!cli(root, ['--color', '--no-color']).stdout.includes('\u001b['));
    assert.ok(!cli(root, []).stdout.includes('\u001b['), 'not on a pipe');
    assert.ok(cli(root, ['--color'], { env: { NO_COLOR: '1' } }).stdout.includes('\u001b['), 'the flag beats the environment');
  });
});
