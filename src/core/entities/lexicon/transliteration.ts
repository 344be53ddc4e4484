/**
 * Characters used to transliterate foreign names into Chinese, and a scorer.
 * Based on the Xinhua transliteration tables: a run of such characters (斯托尔滕贝格, 里亚布科夫) is likely a foreign name.
 */

/** Characters that almost only occur in transliterations. */
const STRONG = '翰切卜茹薇芙嘉莲翠璐蓓妲斯尔夫娃娅娜琳莉莎丝蒂迪妮耶维诺奇契恰茨科基格德特姆兹泽鲁卢罗洛拉莱蕾贝巴布伯博波珀普帕佩彼皮埃艾奥欧乌伊亚阿厄恩曼芒蒙穆默米梅迈麦玛马纳瑙内尼涅努萨塞瑟桑索苏绍舍谢希锡什舒肖朔乔焦杰贾詹扎佐卓祖赫霍胡汉哈亨豪凯坎卡考柯克肯库奎昆夸瓦韦沃温翁旺威西辛休雅扬约尤兰朗劳勒雷利里列林隆伦吕略滕缇黛蔻茜琪萝岚';
/** Characters common in transliterations but also in ordinary words. */
const WEAK = '额别得盖安昂澳拔芭白柏拜班邦包保鲍本比毕碧边宾彬玻勃查察柴昌楚次达大戴丹道登邓狄底丁东杜敦顿多鄂法凡范方菲斐费芬丰冯佛弗伏福富甘冈刚高戈哥葛根贡古瓜圭桂果海亥杭浩黑洪侯华怀惠吉济加简捷金津京久居凯康可孔腊赖蓝老乐累冷黎李理丽栗连廉良伶凌留柳龙楼陆路美门孟密敏明摩莫墨木乃奈南楠妮宁纽潘庞培彭匹平坡蒲浦齐千乾钦琴青丘秋屈赛森山珊尚申施史士松宋塔泰坦汤唐藤提廷通图托万魏文伍武夏香欣许延杨耶叶依因英于宇曾增哲珍真朱宗瑞琼玲';

/** Per character code: 2 = strong transliteration character, 1 = weak, 0 = other. A table keeps hot scans allocation-free. */
const CLASS_BY_CODE = new Uint8Array(65536);
for (const char of WEAK) CLASS_BY_CODE[char.charCodeAt(0)] = 1;
for (const char of STRONG) CLASS_BY_CODE[char.charCodeAt(0)] = 2;

/** Characters that may appear in a transliterated name. */
export function isTransliterationChar(char: string): boolean {
  return char.length > 0 && CLASS_BY_CODE[char.charCodeAt(0)]! > 0;
}

/** Characters that rarely occur outside transliterated names. */
export function isStrongTransliterationChar(char: string): boolean {
  return char.length > 0 && CLASS_BY_CODE[char.charCodeAt(0)] === 2;
}

/** Code-based variant of `isStrongTransliterationChar` for scanning loops (false for `NaN`, past the text). */
export function isStrongTransliterationCode(code: number): boolean {
  return CLASS_BY_CODE[code] === 2;
}

/** Code-based variant of `isTransliterationChar` for scanning loops. */
export function isTransliterationCode(code: number): boolean {
  return CLASS_BY_CODE[code]! > 0;
}

/**
 * How much a string looks like a transliterated name, 0..1: strong characters count 1, weak ones 0.5, others 0.
 * Short strings are penalised because two common characters easily form a word.
 */
export function transliterationScore(text: string): number {
  return transliterationScoreOf(text, 0, text.length);
}

/** `transliterationScore` of `text.slice(start, end)`, without slicing. */
export function transliterationScoreOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length <= 0) return 0;
  let total = 0;
  for (let i = start; i < end; i++) {
    const charClass = CLASS_BY_CODE[text.charCodeAt(i)]!;
    total += charClass === 2 ? 1 : charClass === 1 ? 0.5 : 0;
  }
  const lengthFactor = length >= 3 ? 1 : 0.8;
  return (total / length) * lengthFactor;
}

/** Dot separators used between parts of a foreign name (温迪·舍曼, 萨尔塔纳特・阿兹尔贝克). */
export const NAME_DOTS: ReadonlySet<string> = new Set(['·', '・', '•', '‧', '･', '∙', '⋅']);

const DOT_CODES = new Uint8Array(65536);
for (const dot of NAME_DOTS) DOT_CODES[dot.charCodeAt(0)] = 1;

/** Whether the character with this code is a name dot (false for `NaN`, past the text). */
export function isNameDotCode(code: number): boolean {
  return DOT_CODES[code] === 1;
}

/** Matches any name dot (for jumping from dot to dot). */
export const NAME_DOT_PATTERN = /[·・•‧･∙⋅]/g;

/** Fold any name dot to `·` so that spellings with different dots compare equal. */
export function foldDots(text: string): string {
  let out = '';
  for (const char of text) out += NAME_DOTS.has(char) ? '·' : char;
  return out;
}
