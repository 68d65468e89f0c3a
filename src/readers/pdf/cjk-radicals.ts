/**
 * Ideographs a PDF's text layer spells with radical code points. A font's
 * glyph for 民 is also the glyph of the radical ⺠ (U+2EA0); a writer that maps
 * each glyph back to the first code point in the font's cmap (Chromium's Skia,
 * some WPS and Word exports) then writes ⺠ for 民, ⼈ (U+2F08) for 人 or ⾏
 * for 行. They look the same and mean the same, but a rule looking for 行政许可
 * would not find ⾏政许可. Kangxi radicals and the vertical presentation forms
 * (︑ for 、 in vertical text) have Unicode compatibility mappings (NFKC); the
 * CJK radicals supplement has none, so its standalone characters are listed
 * here with their unified ideographs (Unicode's EquivalentUnifiedIdeograph).
 */

/** Kangxi radicals (U+2F00–U+2FD5) and vertical presentation forms (U+FE10–U+FE19, U+FE30–U+FE4F). */
const COMPATIBLE = /[\u2F00-\u2FD5\uFE10-\uFE19\uFE30-\uFE4F]/g
/** Characters of the CJK radicals supplement used as whole characters in Chinese text (and ⼾, whose NFKC form 戶 is not the 户 a simplified-Chinese font draws for it). */
const SUPPLEMENT: Record<string, string> = {
  '\u2F3E': '户',
  '\u2E81': '厂', '\u2E8A': '卜', '\u2E8C': '小', '\u2E8E': '兀', '\u2E92': '巳', '\u2E93': '幺', '\u2E9D': '月', '\u2E9F': '母',
  '\u2EA0': '民', '\u2EA9': '王', '\u2EAC': '示', '\u2EB6': '羊', '\u2EBB': '聿', '\u2EBC': '肉', '\u2EC1': '虎', '\u2EC4': '西',
  '\u2EC5': '见', '\u2EC6': '角', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED1': '長', '\u2ED3': '长', '\u2ED4': '门', '\u2ED7': '雨',
  '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE2': '马', '\u2EE3': '骨',
  '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐',
  '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
}
const SUPPLEMENT_CHARS = new RegExp(`[${Object.keys(SUPPLEMENT).join('')}]`, 'g')
/** Cheap pre-test: any character of the three ranges. */
const ANY = /[\u2E80-\u2FDF\uFE10-\uFE4F]/

/** `text` with radical and presentation-form code points written as the ideographs and punctuation they show. */
export function unifyIdeographs(text: string): string {
  if (!ANY.test(text))
    return text
  return text.replace(SUPPLEMENT_CHARS, c => SUPPLEMENT[c] ?? c).replace(COMPATIBLE, c => c.normalize('NFKC'))
}
