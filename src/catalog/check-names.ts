/**
 * A short name for each check id (the part of a check's key before `/`),
 * for tables and lists where the id alone (`table.shape`) means nothing to a
 * reviewer; the message says the particulars. tests/unit/catalog-checks
 * holds that every id of the catalog has one.
 */
export const CHECK_NAMES: Readonly<Record<string, { zh: string, en: string }>> = {
  'input.empty': { zh: '空文件', en: 'Empty file' },
  'input.unreadable': { zh: '文件无法读取', en: 'Unreadable file' },
  'input.too_large': { zh: '文件过大', en: 'File too large' },
  'input.repeated': { zh: '报告重复', en: 'Report repeated' },
  'input.no_text_layer': { zh: '无文字层', en: 'No text layer' },
  'input.too_many_pages': { zh: '页数过多', en: 'Too many pages' },
  'input.unsupported': { zh: '格式不支持', en: 'Unsupported format' },
  'input.attachment': { zh: '报告在附件中', en: 'Report in an attachment' },
  'input.not_report': { zh: '不是年度报告', en: 'Not an annual report' },
  'parser.internal': { zh: '解析出错', en: 'Parser error' },
  'import.filled_in': { zh: '导入时填写', en: 'Filled in at import' },
  'import.corrected': { zh: '导入时更正', en: 'Corrected at import' },
  'meta.title': { zh: '报告标题', en: 'Report title' },
  'meta.year': { zh: '统计年度', en: 'Statistical year' },
  'meta.agency': { zh: '发布机关', en: 'Agency' },
  'meta.published': { zh: '发布日期', en: 'Publication date' },
  'meta.region': { zh: '所属地区', en: 'County' },
  'meta.format': { zh: '格式版本', en: 'Format version' },
  'section.missing': { zh: '章节缺失', en: 'Section missing' },
  'table.shape': { zh: '表格结构', en: 'Table structure' },
  'table.run_together': { zh: '数字粘连', en: 'Numbers run together' },
  'table.missing_total': { zh: '缺少总计列', en: 'Total column missing' },
  'table.inferred': { zh: '表格补算', en: 'Cells inferred' },
  'applications.row_total': { zh: '申请行合计', en: 'Application row total' },
  'applications.closed_total': { zh: '办理结果合计', en: 'Outcome total' },
  'applications.balance': { zh: '申请勾稽关系', en: 'Applications balance' },
  'review.total': { zh: '行政复议合计', en: 'Administrative review total' },
  'litigation.total': { zh: '行政诉讼合计', en: 'Litigation total' },
  'text.ambiguous': { zh: '正文数值不一', en: 'Conflicting values in the text' },
  'text.uncertain': { zh: '正文数值存疑', en: 'Uncertain value in the text' },
  'text.table_mismatch': { zh: '表文不一致', en: 'Table and text disagree' },
  'rate.mismatch': { zh: '比率与计数不符', en: 'Rate contradicts counts' },
  'value.suspicious_zero': { zh: '可疑的零', en: 'Suspicious zero' },
  'continuity.applications': { zh: '申请结转衔接', en: 'Carry-over across years' },
  'continuity.regulations': { zh: '规章数衔接', en: 'Regulations across years' },
  'continuity.normative_docs': { zh: '规范性文件数衔接', en: 'Normative documents across years' },
  'trend.jump': { zh: '异常变动', en: 'Unusual change' },
  'similarity.previous_year': { zh: '与上年雷同', en: 'Copies last year' },
  'similarity.peer': { zh: '与同级雷同', en: 'Copies a peer' },
  'coverage.gap': { zh: '缺少年度报告', en: 'Year missing' },
  'timeliness.late': { zh: '逾期发布', en: 'Published late' },
}

/** A check's name in the language; the id itself where none is known. */
export function checkName(id: string, lang: 'zh' | 'en'): string {
  return CHECK_NAMES[id]?.[lang] ?? id
}
