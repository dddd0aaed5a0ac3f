import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspClient, brief } from './lspClient';

describe('workspace validation over stdio', () => {
  let root: string;
  let client: LspClient;
  const uri = (relative: string) => pathToFileURL(join(root, relative)).toString();
  const write = (relative: string, text: string) => {
    mkdirSync(join(root, relative, '..'), { recursive: true });
    writeFileSync(join(root, relative), text);
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'contact-json-ws-'));
    write('a.contact.json', '{"Channel": "voice"}');
    write('deep/nested/b.contact.json', '{"Channel": "VOICE"}');
    write('node_modules/pkg/x.contact.json', '{"Channel": "bad"}');
    write('fixtures/contacts/c.json', '{"Id": ""}');
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).toString()] });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('on start, every contact file is checked, open or not, with progress; node_modules and other .json are not', async () => {
    assert.deepEqual(brief(await client.publicationNumber(uri('a.contact.json'), 1)), [
      '1:13-1:20 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
    ]);
    await client.waitFor(() => (client.progress.includes('end') ? true : undefined));
    assert.equal(client.progress[0], 'begin');
    // A clean file that shows nothing gets no message: an empty publication would change nothing.
    assert.deepEqual(client.publications(uri('deep/nested/b.contact.json')), []);
    assert.deepEqual(client.publications(uri('node_modules/pkg/x.contact.json')), []);
    assert.deepEqual(client.publications(uri('fixtures/contacts/c.json')), []);
  });

  test('files created, changed on disk and deleted keep the Problems panel current', async () => {
    write('new.contact.json', '{"TotalPauseCount": 11}');
    await client.filesChanged([{ uri: uri('new.contact.json'), type: 1 }]);
    assert.deepEqual(brief(await client.publicationNumber(uri('new.contact.json'), 1)).map((line) => line.split(' ')[1]), ['range']);

    write('a.contact.json', '{"Channel": "VOICE"}');
    await client.filesChanged([{ uri: uri('a.contact.json'), type: 2 }]);
    assert.deepEqual(brief(await client.publicationNumber(uri('a.contact.json'), 2)), []);

    unlinkSync(join(root, 'new.contact.json'));
    await client.filesChanged([{ uri: uri('new.contact.json'), type: 3 }]);
    assert.deepEqual(brief(await client.publicationNumber(uri('new.contact.json'), 2)), []);

    await client.filesChanged([{ uri: uri('node_modules/pkg/x.contact.json'), type: 2 }]);
    await client.filesChanged([{ uri: pathToFileURL(join(tmpdir(), 'outside.contact.json')).toString(), type: 1 }]);
  });

  test('an open file follows the editor; when closed, the disk again', async () => {
    const b = uri('deep/nested/b.contact.json');
    const opened = await client.open(b, '{"Channel": "x"}');
    assert.deepEqual(brief(opened).map((line) => line.split(' ')[1]), ['enum']);
    const next = client.nextPublication(b);
    await client.close(b);
    const fromDisk = await next;
    assert.equal(fromDisk.version, undefined);
    assert.deepEqual(brief(fromDisk), []);
  });

  test('contactJson.files selects other files; turning workspace validation off clears them', async () => {
    const c = uri('fixtures/contacts/c.json');
    await client.configure({ files: ['**/*.contact.json', 'fixtures/contacts/*.json'] }, c);
    assert.deepEqual(brief(await client.publicationNumber(c, 1)).map((line) => line.split(' ')[1]), ['length']);
    await client.configure({ files: ['**/*.contact.json', 'fixtures/contacts/*.json'], workspace: { enable: false } }, c);
    assert.deepEqual(brief(await client.publicationNumber(c, 2)), []);
  });

  test('nothing outside the workspace was read or reported', () => {
    assert.deepEqual(client.publications(pathToFileURL(join(tmpdir(), 'outside.contact.json')).toString()), []);
    assert.deepEqual(client.publications(uri('node_modules/pkg/x.contact.json')), []);
  });
});
