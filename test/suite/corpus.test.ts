import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleTreeNode } from '../../src/vscode/tree/articleTreeNodes';
import { activeApi, waitFor, workspaceRoot } from './helpers';

const SEED_FILES = ['000_67a2099cef571f01.txt', '001_ce6e3d70b9a590f6.txt', '002_9be3b2f621e543aa.txt', '003_72ee53b23b60c233.txt', '004_ef5e09785f40b86f.txt'];

describe('the corpus in the extension host', () => {
  it('indexes every seed article from the default folder', async () => {
    const api = await activeApi();
    const paths = [...api.service.corpus.index.values()].map((a) => a.path);
    for (const f of SEED_FILES) assert.ok(paths.includes(f), `${f} is not indexed (indexed: ${paths.join(', ')})`);
    assert.deepEqual(api.service.corpusFolders, [path.join(workspaceRoot(), 'seeds')]);
  });

  it('gives the tree the four seed outlets with counts, days newest first, then articles', async () => {
    const api = await activeApi();
    const outlets = api.articleTree.getChildren() as Extract<ArticleTreeNode, { kind: 'outlet' }>[];
    const counts = Object.fromEntries(outlets.map((o) => [o.outlet, o.count]));
    for (const [outlet, n] of Object.entries({ 'Aljazeera 半岛网': 1, 观察者网: 1, 美国之音: 2, 德国之声: 1 })) {
      assert.ok((counts[outlet] ?? 0) >= n, `outlet ${outlet}: ${counts[outlet]} articles, expected at least ${n}`);
    }
    const voa = outlets.find((o) => o.outlet === '美国之音');
    assert.ok(voa);
    const days = api.articleTree.getChildren(voa) as Extract<ArticleTreeNode, { kind: 'day' }>[];
    assert.equal(days.length, 2);
    assert.ok(days[0].day > days[1].day, `days not newest first: ${days.map((d) => d.day).join(', ')}`);
    const articles = api.articleTree.getChildren(days[0]);
    assert.equal(articles.length, 1);
    const item = api.articleTree.getTreeItem(articles[0]);
    assert.equal(item.label, '俄罗斯和美国就乌克兰和安全问题再次争吵');
    assert.equal(item.command?.command, 'newsCorpus.openArticle');
  });

  it('registers every command the manifest contributes', async () => {
    await activeApi();
    const manifest = vscode.extensions.getExtension('news-corpus.news-corpus')!.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = await vscode.commands.getCommands(true);
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.includes(c));
    assert.deepEqual(missing, []);
  });

  it('shows an article in a webview under a strict CSP with only its own nonce script', async () => {
    const api = await activeApi();
    const dw = [...api.service.corpus.index.values()].find((a) => a.path === SEED_FILES[4]);
    assert.ok(dw);
    await vscode.commands.executeCommand('newsCorpus.openArticle', dw.id);
    const html = api.panels.htmlOf(dw.id) ?? '';
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(csp)?.[1];
    assert.ok(nonce && nonce.length >= 16, 'no script nonce in the CSP');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1, `expected only the page's own script, found ${scripts.join(' ')}`);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`) && /media\/article\.js/.test(scripts[0]));
    assert.ok(html.includes('里亚布科夫'), 'the body text is missing');
    assert.ok(!html.includes('获取更多RSS') && !html.includes('feedx'), 'the feed footer is still there');
    const imgSources = (/img-src ([^;]*)/.exec(csp)?.[1] ?? '').split(/\s+/);
    assert.ok(!imgSources.includes('https:'), `remote images are allowed without the user asking: img-src ${imgSources.join(' ')}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('searches the full text, Chinese-aware, from the same index', async () => {
    const api = await activeApi();
    const hits = api.service.corpus.search.search('谢尔曼', { limit: Infinity });
    const files = hits.map((h) => api.service.corpus.index.get(h.id)?.path).sort();
    assert.deepEqual(files, [SEED_FILES[0], SEED_FILES[2], SEED_FILES[3]]);
    assert.ok(api.service.corpus.search.search('北約').length >= 5, 'Traditional 北約 does not find 北约');
  });

  it('resolves Wendy Sherman across her spellings', async () => {
    const api = await activeApi();
    const sherman = api.service.corpus.entities.entities.find((e) => e.english === 'Wendy Sherman');
    assert.ok(sherman, 'no entity for Wendy Sherman');
    for (const form of ['谢尔曼', '舍曼', '温迪·舍曼']) assert.ok(sherman.aliases.includes(form), `${form} is not among ${sherman.aliases.join(' · ')}`);
    assert.equal(sherman.mentions.length, 5);
  });

  it('makes the people and organizations anew after a change, in slices, showing the last ones meanwhile', async () => {
    const api = await activeApi();
    assert.ok(api.service.entities.entities.length > 0); // made now if not yet
    const file = path.join(workspaceRoot(), 'seeds', 'live-entities-test.txt');
    let told = 0;
    const listening = api.service.onDidChangeNames(() => told++);
    fs.writeFileSync(file, `---\ntitle: 'Live entities'\nauthor: 测试社\ndate: 2022-02-02T00:00:00Z\n---\n<p>北约秘书长斯托尔滕贝格周三在布鲁塞尔会见了美国副国务卿温迪·谢尔曼（Wendy Sherman）。</p>\n`);
    try {
      await waitFor(() => api.service.corpus.index.has(file), 'the new file to be indexed');
      if (!api.service.corpus.latestEntities?.current) {
        // Until the graph is made anew, the last one is shown: the new article is not in it, and is known to be missing.
        assert.equal(api.service.corpus.changedSinceLatestEntities(file), true);
        assert.deepEqual(api.service.entities.mentionsOf(file), []);
      }
      await waitFor(() => api.service.corpus.latestEntities?.current === true && told > 0, 'the entity graph to be made anew');
      const graph = api.service.entities;
      assert.ok(graph.mentionsOf(file).length >= 2, JSON.stringify(graph.mentionsOf(file)));
      const sherman = graph.entities.find((e) => e.english === 'Wendy Sherman');
      assert.ok(sherman?.mentions.some((m) => m.docId === file), 'the new article is not among Wendy Sherman\'s');
    } finally {
      listening.dispose();
      fs.rmSync(file, { force: true });
    }
    await waitFor(() => !api.service.corpus.index.has(file), 'the deleted file to be forgotten');
  });

  it('follows the disk: a new file is indexed and searchable, a deleted one is forgotten', async () => {
    const api = await activeApi();
    const file = path.join(workspaceRoot(), 'seeds', 'live-update-test.txt');
    const before = api.service.corpus.size;
    fs.writeFileSync(file, `---\ntitle: 'Live update'\nauthor: 测试社\ndate: 2022-02-01T00:00:00Z\n---\n<p>独一无二的测试词语出现在这里。</p>\n`);
    try {
      await waitFor(() => api.service.corpus.search.search('独一无二的测试词语').length === 1, 'the new file to be searchable');
      assert.equal(api.service.corpus.size, before + 1);
    } finally {
      fs.rmSync(file, { force: true });
    }
    await waitFor(() => api.service.corpus.size === before, 'the deleted file to be forgotten');
    assert.equal(api.service.corpus.search.search('独一无二的测试词语').length, 0);
  });
});

describe('bad files in the extension host', () => {
  it('lists unreadable files under Problems in the tree, naming each reason, and indexes the rest', async () => {
    const api = await activeApi();
    const top = api.articleTree.getChildren();
    const problems = top.find((n) => n.kind === 'problems');
    assert.ok(problems, `no Problems group in the tree (top level: ${top.map((n) => n.kind).join(', ')})`);
    const entries = api.articleTree.getChildren(problems) as Extract<ArticleTreeNode, { kind: 'problem' }>[];
    const yaml = entries.find((e) => e.path === 'broken/invalid-yaml.md');
    assert.ok(yaml, `broken/invalid-yaml.md is not listed (listed: ${entries.map((e) => e.path).join(', ')})`);
    assert.match(yaml.reason, /YAML/i);
    assert.equal(yaml.severity, 'error');
    const undated = entries.find((e) => e.path === 'broken/missing-date.md');
    assert.ok(undated && undated.severity === 'warning' && /date/i.test(undated.reason), 'the undated file has no warning');
    assert.ok([...api.service.corpus.index.values()].some((a) => a.path === 'broken/missing-date.md' && a.published === undefined), 'the undated file is not indexed');
  });
});
