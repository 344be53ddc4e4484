import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'news-corpus.news-corpus';

describe('News Corpus activation', () => {
  it('is installed in the extension host', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  });

  it('activates without throwing', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('registers the newsCorpus.refresh command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newsCorpus.refresh'), 'command newsCorpus.refresh is not registered');
  });
});
