import * as assert from 'node:assert/strict';
import { buildEntityGraph, defaultKnowledge, recognizeMentions } from '../../src/core/entities';

/** General rules added for issue #6; every sentence here is made up. Each test fails without its rule. */
const knowledge = defaultKnowledge();
const typed = (text: string): string[] => recognizeMentions(text, knowledge).map((m) => `${m.surface}:${m.type}`);

describe('entities: the publisher\'s masthead', () => {
  it('drops the outlet named in a bracketed masthead at the top of the body, but keeps it later in the body', () => {
    const text = '（德国之声中文网）两国外长周二在维也纳会谈。德国之声记者在现场看到，会场外有抗议者。';
    const mentions = recognizeMentions(text, knowledge).filter((m) => m.surface === '德国之声');
    assert.deepEqual(mentions.map((m) => m.start), [text.indexOf('德国之声记者')]);
  });

  it('drops the outlet of a programme masthead (outlet + 连线 + byline + colon)', () => {
    assert.ok(!typed('VOA连线(李明): 两国同意恢复对话\n白宫周三说，谈判将继续。').includes('VOA:org'));
  });

  it('keeps a dispatch dateline and an outlet that opens a sentence', () => {
    assert.ok(typed('美联社华盛顿5月3日电 白宫周三说，谈判将继续。').includes('美联社:org'));
    assert.ok(typed('（美联社）白宫周三说，谈判将继续。').length > 0);
    assert.ok(typed('路透社获悉，两家公司正在谈判。').includes('路透社:org'));
  });
});

describe('entities: titles that contain an org', () => {
  it('does not take an embassy named only in a diplomat\'s post (使馆武官, 大使馆参赞)', () => {
    const found = typed('外交部召见了加拿大驻日本使馆武官和法国驻德国大使馆参赞。');
    assert.ok(!found.some((f) => f.includes('使馆')), found.join(' '));
    assert.ok(typed('法国驻德国大使馆发表声明。').includes('法国驻德国大使馆:org'));
  });
});

describe('entities: org names without a country', () => {
  it('takes a national security council named alone, like a bare ministry', () => {
    const found = typed('总统周一召开国家安全委员会会议，讨论边境局势。');
    assert.ok(found.includes('国家安全委员会:org'), found.join(' '));
  });

  it('takes a contact group (…联络小组) as an org', () => {
    const found = typed('双方呼吁立即召开边境问题三方联络小组会议。');
    assert.ok(found.includes('边境问题三方联络小组:org'), found.join(' '));
  });

  it('does not link a bare 安全理事会 (any body\'s security council) to the UN Security Council', () => {
    const text = '该联盟的安全理事会主席表示，将派遣部队。联合国安理会也召开会议。';
    const graph = buildEntityGraph([{ id: 'a', mentions: recognizeMentions(text, knowledge) }], knowledge);
    const unsc = graph.entity('un-security-council');
    assert.ok(unsc, 'the UN Security Council is still found');
    assert.deepEqual(unsc.aliases, ['联合国安理会']);
  });

  it('does not read a verb before an org ending as its name (迁移大使馆, 撤离使馆)', () => {
    const found = typed('迁移大使馆\n多国宣布撤离使馆人员。');
    assert.ok(!found.some((f) => f.includes('使馆')), found.join(' '));
  });
});

describe('entities: outlets named with their kind', () => {
  it('gives a platform or app named with its kind the bare name as its short form, and one entity for both', () => {
    const text = '图源：鲸鱼影像平台。';
    const [platform] = recognizeMentions(text, knowledge).filter((m) => m.surface.startsWith('鲸鱼影像'));
    assert.ok(platform, typed(text).join(' '));
    assert.equal(platform.surface, '鲸鱼影像平台');
    assert.equal(platform.shortForm, '鲸鱼影像');
    const docs = [
      { id: 'a', mentions: recognizeMentions(text, knowledge) },
      { id: 'b', mentions: [{ start: 0, end: 4, surface: '鲸鱼影像', type: 'org' as const }] },
    ];
    const entity = buildEntityGraph(docs, knowledge).entities.find((e) => e.aliases.includes('鲸鱼影像平台'));
    assert.ok(entity?.aliases.includes('鲸鱼影像'), JSON.stringify(entity));
  });
});
