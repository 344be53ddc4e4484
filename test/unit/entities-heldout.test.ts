import * as assert from 'node:assert/strict';
import { defaultKnowledge, recognizeMentions } from '../../src/core/entities';

/**
 * Held-out check: made-up paragraphs in the style of the corpus, with names that appear in no corpus file.
 * Recognition has to come from general knowledge and patterns.
 */
const knowledge = defaultKnowledge();
const found = (text: string): Map<string, string> => new Map(recognizeMentions(text, knowledge).map((m) => [m.surface, m.type]));

function expectAll(text: string, expected: Record<string, 'person' | 'org'>, forbidden: string[] = []): void {
  const mentions = found(text);
  for (const [surface, type] of Object.entries(expected)) assert.equal(mentions.get(surface), type, `${surface} in ${[...mentions.keys()].join(',')}`);
  for (const surface of forbidden) assert.ok(!mentions.has(surface), `unexpected ${surface}`);
}

describe('entities: held-out paragraphs', () => {
  it('German and French foreign ministers', () => {
    expectAll('德国外长贝尔伯克周二在柏林表示，德国将继续支持乌克兰。她在与法国外长科隆纳会谈后对记者说，欧盟必须团结。', {
      贝尔伯克: 'person',
      科隆纳: 'person',
      欧盟: 'org',
    }, ['柏林', '德国', '乌克兰']);
  });

  it('a Xinhua dispatch with reporters and the Japanese foreign ministry', () => {
    expectAll('新华社东京3月2日电（记者王建华 刘小雨）日本外务省当天发表声明称，将向联合国提交报告。日本共同社援引消息人士的话说，谈判仍在继续。', {
      新华社: 'org',
      王建华: 'person',
      刘小雨: 'person',
      日本外务省: 'org',
      联合国: 'org',
    }, ['东京']);
  });

  it('British prime minister and a visiting president, with a broadcaster cited', () => {
    expectAll('英国首相约翰逊周三在唐宁街会见了来访的波兰总统杜达。英国广播公司（BBC）报道称，双方讨论了北约东翼防务问题。', {
      约翰逊: 'person',
      杜达: 'person',
      英国广播公司: 'org',
      BBC: 'org',
      北约: 'org',
    });
  });

  it('an unknown minister with a Latin gloss, an unknown ministry and a local newspaper', () => {
    expectAll('哈萨克斯坦能源部当天发表声明。能源部长博尔拉特·阿克丘拉科夫（Bolat Akchulakov）周一表示，天然气价格将保持稳定。据《阿拉木图晚报》报道，阿克丘拉科夫还说，政府将增加补贴。', {
      哈萨克斯坦能源部: 'org',
      '博尔拉特·阿克丘拉科夫': 'person',
      阿克丘拉科夫: 'person',
      阿拉木图晚报: 'org',
    }, ['阿拉木图', '哈萨克斯坦']);
  });

  it('a Mongolian deputy minister with a Latin gloss and two outlets named by typography', () => {
    expectAll('据《北方晨报》报道，蒙古国能源部副部长巴特尔·额尔敦（Batar Erdene）周四表示，冬季供暖不会中断。额尔敦说，“草原之声”网站此前的报道不准确。', {
      北方晨报: 'org',
      '巴特尔·额尔敦': 'person',
      额尔敦: 'person',
      草原之声: 'org',
    }, ['蒙古国能源部', '蒙古国']);
  });

  it('a Norwegian researcher, a university and a regional council', () => {
    expectAll('挪威奥斯陆大学研究员英格丽·索尔贝格（Ingrid Solberg）指出，北极理事会的工作已经停滞。索尔贝格说，挪威外交部对此表示关切。', {
      挪威奥斯陆大学: 'org',
      '英格丽·索尔贝格': 'person',
      索尔贝格: 'person',
      北极理事会: 'org',
      挪威外交部: 'org',
    }, ['挪威', '奥斯陆']);
  });

  it('a Chilean spokesperson, a presidential office and an editor line', () => {
    expectAll('乌拉圭总统府发表声明。智利外交部发言人马蒂亚斯·贝拉斯克斯表示，外交部将召见大使。原文链接：南锥观察 责任编辑：柯晓雯', {
      乌拉圭总统府: 'org',
      智利外交部: 'org',
      '马蒂亚斯·贝拉斯克斯': 'person',
      南锥观察: 'org',
      柯晓雯: 'person',
    }, ['乌拉圭', '智利']);
  });
});
