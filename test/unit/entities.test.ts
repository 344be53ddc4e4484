import * as assert from 'node:assert/strict';
import { buildEntityGraph, defaultKnowledge, recognizeMentions, type Mention } from '../../src/core/entities';

const knowledge = defaultKnowledge();
const find = (text: string): Mention[] => recognizeMentions(text, knowledge);
const surfaces = (text: string): string[] => find(text).map((mention) => mention.surface);

describe('entities: recognizeMentions', () => {
  it('takes the longest org and never cuts a place name (白俄罗斯国防部 is not 俄罗斯国防部)', () => {
    const mentions = find('白俄罗斯国防部周五发表声明，称演习按计划进行。');
    assert.deepEqual(mentions.map((m) => [m.surface, m.type]), [['白俄罗斯国防部', 'org']]);
  });

  it('treats a ministry inside a minister title as a role, not an org', () => {
    const mentions = find('俄罗斯外交部长拉夫罗夫周三说，外交部副部长将率团出席。');
    assert.ok(!mentions.some((m) => m.type === 'org'), JSON.stringify(mentions));
    const lavrov = mentions.find((m) => m.surface === '拉夫罗夫');
    assert.equal(lavrov?.role, '俄罗斯外交部长');
  });

  it('ignores countries, cities and sides (俄方, 美军)', () => {
    assert.deepEqual(surfaces('俄罗斯、乌克兰、莫斯科、布鲁塞尔和日内瓦都在讨论此事，俄方和美军均未回应。'), []);
  });

  it('reads dot-joined names with any dot, a role before and a Latin gloss after', () => {
    const mentions = find('北约副秘书长玛丽安·科瓦尔斯卡（Marianne Kowalska）说，会谈富有成果。发言人萨尔塔纳特・别克图罗娃表示同意。');
    const first = mentions.find((m) => m.type === 'person')!;
    assert.equal(first.surface, '玛丽安·科瓦尔斯卡');
    assert.equal(first.role, '北约副秘书长');
    assert.equal(first.english, 'Marianne Kowalska');
    assert.ok(surfaces('发言人萨尔塔纳特・别克图罗娃表示同意。').includes('萨尔塔纳特・别克图罗娃'));
  });

  it('finds transliterated names by title before or saying verb after, and Latin-glossed names', () => {
    assert.ok(surfaces('立陶宛外长兰茨贝吉斯周一抵达。').includes('兰茨贝吉斯'));
    assert.ok(surfaces('会后，斯捷潘诺维奇表示将继续谈判。').includes('斯捷潘诺维奇'));
    const glossed = find('美国特使霍克斯坦(Amos Hochstein)随后抵达。');
    assert.equal(glossed.find((m) => m.surface === '霍克斯坦')?.english, 'Amos Hochstein');
  });

  it('finds Chinese names only with strong context: bylines, titles, editor lines', () => {
    const text = '【文/观察者网 李明远】外交部发言人周海涛表示，中方反对制裁。责任编辑：一苇';
    const found = surfaces(text);
    for (const expected of ['观察者网', '李明远', '外交部', '周海涛', '一苇']) assert.ok(found.includes(expected), `${expected} in ${found.join(',')}`);
    assert.deepEqual(surfaces('王者荣耀的高手表示很开心。'), []);
  });

  it('finds org suffix patterns, media cited as sources and defined short forms', () => {
    const found = surfaces('据塔斯社报道，杭州星河数码有限公司（星河数码）与《华盛顿邮报》达成合作，星河数码随后发表声明。');
    for (const expected of ['塔斯社', '杭州星河数码有限公司', '星河数码', '华盛顿邮报']) assert.ok(found.includes(expected), `${expected} in ${found.join(',')}`);
    assert.deepEqual(surfaces('该公司和一家美国科技公司签约。'), []);
  });

  it('returns non-overlapping mentions with offsets into the text', () => {
    const text = '欧盟委员会主席冯德莱恩与北约秘书长会谈。';
    const mentions = find(text);
    for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.surface);
    for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i - 1]!.end <= mentions[i]!.start);
  });
});

describe('entities: buildEntityGraph', () => {
  const graphOf = (texts: Record<string, string>) =>
    buildEntityGraph(Object.entries(texts).map(([id, text]) => ({ id, mentions: find(text) })), knowledge);

  it('keeps two people with one surname apart by role (沙利文), and links each to knowledge', () => {
    const graph = graphOf({ a: '美国驻俄罗斯大使沙利文周一会见了俄方官员。沙利文说会谈坦率。', b: '美国国家安全顾问沙利文周二表示，制裁即将到来。' });
    const ida = graph.entityAt('a', '美国驻俄罗斯大使'.length)?.id;
    const idb = graph.entityAt('b', '美国国家安全顾问'.length)?.id;
    assert.equal(ida, 'john-sullivan');
    assert.equal(idb, 'jake-sullivan');
  });

  it('links a short form to the full name in one article and merges transliteration variants across articles', () => {
    const graph = graphOf({
      a: '俄罗斯副外长伊万·彼得连科率团抵达。彼得连科称会谈有益。',
      b: '俄罗斯副外长彼得连科周四表示不会让步。',
      c: '俄罗斯副外长里亚布科夫表示，谈判陷入僵局。',
      d: '利亚布科夫说，俄方不会接受最后通牒。',
    });
    const petrenko = graph.entityAt('a', '俄罗斯副外长'.length)!;
    assert.deepEqual(new Set(petrenko.aliases), new Set(['伊万·彼得连科', '彼得连科']));
    assert.equal(graph.entityAt('b', '俄罗斯副外长'.length)?.id, petrenko.id);
    assert.equal(graph.entityAt('c', '俄罗斯副外长'.length)?.id, graph.entityAt('d', 0)?.id);
  });

  it('merges variants through a shared Latin name and given name (温迪·舍曼 / 温迪·谢尔曼)', () => {
    const graph = buildEntityGraph(
      [
        { id: 'a', mentions: find('美国副国务卿温迪·舍曼（Wendy Sherman）率团出席。') },
        { id: 'b', mentions: find('美国副国务卿温迪·谢尔曼周一表示。') },
      ],
      knowledge,
    );
    assert.equal(graph.entitiesOf('a')[0]?.id, graph.entitiesOf('b')[0]?.id);
  });

  it('folds compound order, country abbreviations and knowledge aliases for orgs', () => {
    const graph = graphOf({
      a: '北约-俄罗斯理事会会议在布鲁塞尔举行。俄外交部随后发表声明。欧安组织表示欢迎。',
      b: '俄罗斯-北约理事会上次会议在2019年。俄罗斯外交部表示关切。欧洲安全与合作组织将开会。',
    });
    const idsA = graph.entitiesOf('a').map((entity) => entity.id);
    const idsB = graph.entitiesOf('b').map((entity) => entity.id);
    assert.deepEqual(idsA, idsB);
    assert.deepEqual(idsA, ['nato-russia-council', 'russian-mfa', 'osce']);
  });

  it('applies corrections: notEntity, split and merge (merged ids still resolve)', () => {
    const docs = [{ id: 'a', mentions: find('据塔斯社报道，北约秘书长斯托尔滕贝格说，欧盟将参加。') }];
    const graph = buildEntityGraph(docs, knowledge, { notEntity: ['塔斯社'], split: [], merge: [['nato', 'eu']] });
    assert.equal(graph.entity('tass'), undefined);
    assert.equal(graph.entity('eu')?.id, 'nato');
    assert.ok(graph.entity('nato')!.aliases.includes('欧盟'));
    const split = buildEntityGraph(
      [{ id: 'b', mentions: find('俄罗斯副外长伊万·彼得连科率团抵达。彼得连科称会谈有益。') }],
      knowledge,
      { notEntity: [], merge: [], split: [{ alias: '彼得连科', from: '伊万·彼得连科' }] },
    );
    assert.equal(split.entities.length, 2);
  });

  it('answers lookups by document and offset, with serializable mentions', () => {
    const text = '美国总统拜登与法国总统马克龙通话。';
    const mentions = find(text);
    assert.deepEqual(JSON.parse(JSON.stringify(mentions)), mentions);
    const graph = buildEntityGraph([{ id: 'x', mentions }], knowledge);
    assert.equal(graph.entityAt('x', text.indexOf('马克龙') + 1)?.id, 'emmanuel-macron');
    assert.equal(graph.entityAt('x', 0), undefined);
    assert.deepEqual(graph.entitiesOf('x').map((entity) => entity.id), ['joe-biden', 'emmanuel-macron']);
    assert.equal(graph.entity('joe-biden')?.description, '美国总统');
  });
});
