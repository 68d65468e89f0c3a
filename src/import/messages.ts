import type { RowProblem } from './csv-row'
import type { Issue, IssueParams } from './issues'
import { issueKey } from './issues'

/**
 * The import's UI text, merged into the app's vue-i18n messages under
 * `import`. vue-i18n treats @ $ | { } specially: keep them out of the text.
 */
export const importMessages = {
  'zh-CN': {
    import: {
      issue: {
        'empty': '文件是空的（没有内容或只有空白）。',
        'binary': '这不是文本文件，而是{format}。请导入年报文本（.txt、.md）或整洁格式 CSV（.csv）。',
        'too-large': '文件大小 {size} MB，超过 {limit} MB 的上限。请拆分为多个文件后再导入。',
        'undecodable': '无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）。请用「另存为」选择 UTF-8 编码后再导入。',
        'unsupported-type': '不支持扩展名为 {ext} 的文件。可导入的类型：{accepted}。',
        'csv-missing-columns': '缺少 {count} 列：{columns}。',
        'csv-unknown-columns': '有 {count} 个无法识别的列：{columns}。表头应为：{expected}',
        'csv-duplicate-columns': '以下列出现了不止一次：{columns}。',
        'csv-not-tidy': '第一行不是整洁格式 CSV 的表头（读到的是：{found}）。表头应为：{expected}',
        'csv-no-rows': '文件只有表头，没有数据行。',
        'worker-failed': '读取文件时出错：{message}',
        'required': '不能为空。',
        'not-a-number': '「{value}」不是数字（请去掉单位、千分位逗号和百分号）。',
        'invalid-year': '「{value}」不是有效年度，应为 {min}–{max} 之间的整数。',
        'invalid-choice': '「{value}」不是允许的取值，可选：{allowed}。',
        'unknown-indicator': '指标「{value}」不在指标目录中。',
        'duplicate': '与第 {line} 行重复（同一报告的同一指标）。',
        'inconsistent-report': '「{value}」与该报告第 {line} 行的「{expected}」不一致。',
        'field-count': '应有 {expected} 个单元格，实际有 {actual} 个。',
        'unterminated-quote': '引号没有闭合，从这一行到文件末尾都无法读取。',
        'storage-quota': '浏览器存储空间已满，这次导入没有保存（已用 {usage} MB，上限 {quota} MB）。请删除不需要的导入后重试。',
        'storage-unavailable': '浏览器不允许本页面保存数据（例如隐私窗口），导入的数据只在本次打开期间有效。',
        'storage-failed': '保存导入时出错：{message}',
        'storage-corrupt': '一条已保存的导入（{key}）已无法读取，可以删除它。',
      },
      binaryFormat: {
        png: 'PNG 图片',
        jpeg: 'JPEG 图片',
        gif: 'GIF 图片',
        pdf: 'PDF 文档（请先转换为文本）',
        zip: 'ZIP 压缩包或 Excel/Word 文件（.xlsx、.docx）',
        ole: '旧版 Excel/Word 文件（.xls、.doc）',
        unknown: '二进制文件',
      },
    },
  },
  'en': {
    import: {
      issue: {
        'empty': 'The file is empty (no content, or only blank space).',
        'binary': 'This is not a text file but {format}. Import report texts (.txt, .md) or tidy CSV (.csv).',
        'too-large': 'The file is {size} MB, over the {limit} MB limit. Split it into several files and import those.',
        'undecodable': 'The encoding is neither UTF-8 nor GB18030/GBK. Save the file as UTF-8 and import it again.',
        'unsupported-type': 'Files ending in {ext} are not supported. You can import: {accepted}.',
        'csv-missing-columns': '{count} column(s) missing: {columns}.',
        'csv-unknown-columns': '{count} unknown column(s): {columns}. The header should be: {expected}',
        'csv-duplicate-columns': 'These columns appear more than once: {columns}.',
        'csv-not-tidy': 'The first line is not a tidy CSV header (found: {found}). The header should be: {expected}',
        'csv-no-rows': 'The file has a header but no data rows.',
        'worker-failed': 'Reading the file failed: {message}',
        'required': 'Must not be empty.',
        'not-a-number': '“{value}” is not a number (remove units, thousands separators and percent signs).',
        'invalid-year': '“{value}” is not a valid year: a whole number from {min} to {max}.',
        'invalid-choice': '“{value}” is not allowed; choose one of: {allowed}.',
        'unknown-indicator': 'Indicator “{value}” is not in the catalog.',
        'duplicate': 'Duplicates line {line} (same report, same indicator).',
        'inconsistent-report': '“{value}” contradicts “{expected}” on line {line} of the same report.',
        'field-count': 'Expected {expected} cells, found {actual}.',
        'unterminated-quote': 'A quote is never closed; nothing from this line to the end of the file can be read.',
        'storage-quota': 'Browser storage is full, so this import was not saved ({usage} MB used of {quota} MB). Remove imports you no longer need and try again.',
        'storage-unavailable': 'The browser does not let this page store data (a private window, for example): imports last only until the page is closed.',
        'storage-failed': 'Saving the import failed: {message}',
        'storage-corrupt': 'A saved import ({key}) can no longer be read; you can remove it.',
      },
      binaryFormat: {
        png: 'a PNG image',
        jpeg: 'a JPEG image',
        gif: 'a GIF image',
        pdf: 'a PDF document (convert it to text first)',
        zip: 'a ZIP archive or an Excel/Word file (.xlsx, .docx)',
        ole: 'an old Excel/Word file (.xls, .doc)',
        unknown: 'a binary file',
      },
    },
  },
}

/** vue-i18n's `t`, or anything with its shape (tests pass a plain lookup). */
export type Translate = (key: string, params?: IssueParams) => string

/** The translated message of a file or storage issue. */
export function issueMessage(t: Translate, item: Issue): string {
  const params: IssueParams = { usage: '?', quota: '?', ...item.params }
  if (item.code === 'binary')
    params.format = t(`import.binaryFormat.${item.params.format ?? 'unknown'}`)
  return t(issueKey(item.code), params)
}

/** The translated reason a row was rejected. */
export function problemMessage(t: Translate, problem: RowProblem): string {
  return t(issueKey(problem.code), { ...problem.params, value: problem.value })
}
