/**
 * The check catalog: every check id (spec §5, §6 and our own), its severity
 * and its message in both languages as templates with `{name}` placeholders.
 * The parser, the readers and the audit build checks with `makeCheck`
 * (English message for the CLI, plus `params` for the UI); the UI renders
 * the same templates in its language with `renderCheck`. A param called
 * `indicator` holding an indicator id is shown as that indicator's label.
 */

import type { Check, CheckParams, Severity } from '../schema/report'
import { findIndicator } from './indicators'

export interface CheckTemplate {
  severity: Severity
  zh: string
  en: string
}

/** Templates by `id` or `id/variant`. */
export const CHECK_TEMPLATES = {
  // Input
  'input.empty': { severity: 'error', zh: '文件中没有文字。', en: 'The file holds no text.' },
  'input.unreadable': { severity: 'error', zh: '文件无法读取：{reason}', en: 'The file cannot be read: {reason}' },
  'input.too_large': { severity: 'error', zh: '文件大小为 {size} MB，超过 {limit} MB 的上限，未读取。一份年度报告远小于此；请检查是否选错了文件，或文件中是否重复了同一份报告。', en: 'The file is {size} MB, over the {limit} MB limit, and was not read. An annual report is far smaller: check that this is the right file, and that it does not repeat one report many times.' },
  'input.repeated/copies': { severity: 'warning', zh: '此文件把同一份报告重复了 {count} 次（“一、总体情况”见第 {lines} 行）：只读取了第一份。', en: 'This file holds the same report {count} times (its 一、总体情况 on lines {lines}): only the first copy was read.' },
  'input.repeated/reports': { severity: 'error', zh: '此文件包含 {count} 份不同的报告（“一、总体情况”见第 {lines} 行）：为免数值混在一起，未读取任何数值。请把每份报告分别保存、分别导入。', en: 'This file holds {count} different reports (their 一、总体情况 on lines {lines}): no values were read, so that they do not mix. Save and import each report on its own.' },
  'input.unreadable/page': { severity: 'warning', zh: '第 {page} 页无法读取（{reason}），该页内容缺失。', en: 'Page {page} cannot be read ({reason}); its content is missing.' },
  'input.no_text_layer': { severity: 'error', zh: '此 PDF 没有文字层（{pages} 页均为扫描图像），无法读取其中的数字。请使用带文字的 PDF，或先进行文字识别（OCR）。', en: 'This PDF has no text layer (its {pages} page(s) are scanned images), so no numbers can be read from it. Use a PDF with text, or run text recognition (OCR) first.' },
  'input.no_text_layer/pages': { severity: 'warning', zh: 'PDF 第 {pages} 页没有文字层（扫描图像），这些页的内容未读取。', en: 'PDF page(s) {pages} have no text layer (scanned images); their content was not read.' },
  'input.too_many_pages': { severity: 'error', zh: '此 PDF 有 {pages} 页，超过导入时读取的上限 {limit} 页，未读取。年度报告通常只有几页到几十页：请确认文件是否正确，或只保留年报部分后再导入。', en: 'This PDF has {pages} pages, more than the {limit} an import reads, so it was not read. An annual report runs to a few dozen pages at most: check that this is the right file, or keep only the report\'s pages and import it again.' },
  'input.unsupported': { severity: 'error', zh: '无法读取此类文件（{format}）。可导入的格式：PDF、网页（.html/.htm）、Word（.docx）、文本（.txt/.md）。', en: 'Files of this kind ({format}) cannot be read. Readable formats: PDF, web page (.html/.htm), Word (.docx), text (.txt/.md).' },
  'input.attachment': { severity: 'warning', zh: '此网页的正文中没有报告，报告在附件里（{files}）：请下载附件后再导入。', en: 'This page holds no report in its text; the report is an attachment ({files}): download the attachment and import it.' },
  'input.not_report': { severity: 'error', zh: '这不像一份政府信息公开工作年度报告：没有标题、章节或表格。', en: 'This does not look like a 政府信息公开工作年度报告: no title, no sections, no tables.' },
  'parser.internal': { severity: 'error', zh: '解析程序处理此文件时出错（{reason}），请连同文件一并反馈。', en: 'The parser failed on this input ({reason}); please report it with the file.' },
  // Imports kept before corrections were generalised carry this one.
  'import.filled_in': { severity: 'info', zh: '导入时由用户填写：{fields}', en: 'Filled in by the user at import: {fields}' },
  'import.corrected/year': { severity: 'info', zh: '统计年度由审核人在导入时更正：{old} → {new}。', en: 'Year corrected by the reviewer at import: {old} → {new}.' },
  'import.corrected/region': { severity: 'info', zh: '地区由审核人在导入时更正：{old} → {new}。', en: 'County corrected by the reviewer at import: {old} → {new}.' },
  'import.corrected/agency': { severity: 'info', zh: '发布机关由审核人在导入时更正：{old} → {new}。', en: 'Agency corrected by the reviewer at import: {old} → {new}.' },
  'import.corrected/agency_kind': { severity: 'info', zh: '机构类型由审核人在导入时更正：{oldKind} → {newKind}。', en: 'Agency kind corrected by the reviewer at import: {oldKind} → {newKind}.' },

  // Metadata
  'meta.title': { severity: 'warning', zh: '未找到报告标题（含“政府信息公开工作年度报告”的一行）。', en: 'No report title found (a line naming a 政府信息公开工作年度报告).' },
  'meta.year/conflict': { severity: 'warning', zh: '标题年份为 {titleYear}，统计期间为 {periodYear} 年；采用 {periodYear}。', en: 'The title names {titleYear} but the statistical period is {periodYear}; using {periodYear}.' },
  'meta.year/missing': { severity: 'warning', zh: '无法从标题、统计期间或正文开头确定统计年度。', en: 'The statistical year could not be determined from the title, the statistical period or the opening of the report.' },
  'meta.year/opening': { severity: 'info', zh: '统计年度 {year} 取自“一、总体情况”的开头（第 {line} 行）；标题和统计期间都没有写明年份。', en: 'The statistical year {year} is read from the opening of section 一 (line {line}); neither the title nor a statistical period states it.' },
  'meta.agency/missing': { severity: 'warning', zh: '标题中没有发布机关的名称。', en: 'The title names no agency.' },
  'meta.agency/page': { severity: 'info', zh: '发布机关（{agency}）取自网页的导航或网站名称，标题中没有写明。', en: 'The agency ({agency}) is read from the page\'s breadcrumb or site name; the title does not name it.' },
  'meta.published/missing': { severity: 'info', zh: '文档没有写明发布日期（既无网页的发布时间，也无文末署名日期）。', en: 'The document states no publication date (no page 发布时间/发布日期, no date under the signature).' },
  'meta.published/month': { severity: 'info', zh: '文末署名只写到月份（{month}），不能确定发布日期，发布日期留空。', en: 'The signature gives only a month ({month}), not a date; the publication date is left empty.' },
  'meta.published/conflict': { severity: 'info', zh: '网页发布时间为 {page}，文末署名日期为 {signature}；采用网页发布时间。', en: 'The page gives {page} as its publication date, the signature is dated {signature}; the page\'s date is used.' },
  'meta.region/guessed': { severity: 'info', zh: '{region} 不在地名表中：其地级市和省份由机构名称推断，未经核实。', en: '{region} is not in the gazetteer; its prefecture and province are read from the agency\'s name and not verified.' },
  'meta.region/prefecture': { severity: 'info', zh: '{region} 是地级市：这不是县级报告。', en: '{region} is a prefecture-level city: this is not a county-level report.' },
  'meta.region/missing': { severity: 'warning', zh: '标题和开头文字中没有地名表里的县级单位。', en: 'No county-level unit of the gazetteer is named in the title or the opening text.' },
  'meta.format': { severity: 'info', zh: '无法确定格式版本（2019 或 2021）。', en: 'The format version (2019 or 2021) could not be determined.' },

  // Sections and tables
  'section.missing/absent': { severity: 'warning', zh: '未找到 {section}。', en: 'Section {section} was not found.' },
  'section.missing/no_table': { severity: 'warning', zh: '未找到 {section} 的表格（标题在，表格不在）。', en: 'Section {section} was not found (its heading is there, but not its table).' },
  'table.shape/duplicate_rows': { severity: 'warning', zh: '{section}：以下行出现两次（{rows}），采用第一次出现的。', en: '{section}: rows appear twice ({rows}); the first occurrence is used.' },
  'table.shape/extra_cells': { severity: 'warning', zh: '{section}：{count} 行超出 {width} 列的多余空格或 0 已删除：{rows}。', en: '{section}: {count} row(s) had a surplus empty/0 cell beyond the {width} columns, dropped: {rows}.' },
  'table.shape/short_rows': { severity: 'warning', zh: '{section}：{count} 行不足 {width} 格（转换中丢失）：{rows}。丢失的格只在表内合计能确定时补出。', en: '{section}: {count} row(s) have fewer than {width} cells (lost in conversion): {rows}. Lost cells are filled only where the table\'s totals determine them.' },
  'table.shape/ambiguous_rows': { severity: 'warning', zh: '{section}：{count} 行的多余格无法定位，其数值不采用：{rows}。', en: '{section}: {count} row(s) have surplus cells that cannot be placed; their values are left absent: {rows}.' },
  'table.shape/contradiction': { severity: 'warning', zh: '{section}：{detail}', en: '{section}: {detail}' },
  'table.shape/row_extra': { severity: 'warning', zh: '{section}、{row}：超出 {width} 列的 {count} 个多余空格或 0 已删除（第 {line} 行）。', en: '{section}、{row}: {count} surplus empty/0 cell(s) beyond the {width} columns were dropped (line {line}).' },
  'table.shape/row_unplaced': { severity: 'warning', zh: '{section}、{row}：有 {count} 个数值格而格式为 {width} 列；无法判断各数所属列，该行数值不采用（第 {line} 行）。', en: '{section}、{row}: {count} value cell(s) where the format has {width}; the row\'s values are left absent because their columns cannot be told (line {line}).' },
  'table.shape/appeals_resolved': { severity: 'warning', zh: '{section}：有 {count} 格而格式为 {width} 格；采用与各总计一致的唯一读法（第 {line} 行）。', en: '{section}: {count} cells where the format has {width}; the only reading consistent with the 总计 cells was used (line {line}).' },
  'table.shape/appeals_unresolved': { severity: 'warning', zh: '{section}：有 {count} 格而格式为 {width} 格，无法确定读法，数值不采用（第 {line} 行）。', en: '{section}: {count} cells where the format has {width}; no single reading is consistent with the 总计 cells, so the values are left absent (line {line}).' },
  'table.run_together/split': { severity: 'info', zh: '{section}：{count} 行的数字连在一起（分隔符丢失），按表内合计唯一可行的拆分读取。', en: '{section}: {count} row(s) had their numbers run together (separators lost); each was split the one way the table\'s totals allow.' },
  'table.run_together/ambiguous': { severity: 'warning', zh: '{section}、{row}：数字连在一起（{digits}），表内合计允许 {readings} 种拆分，无法确定，该行数值不采用（第 {line} 行）。', en: '{section}、{row}: the numbers ran together ({digits}) and the table\'s totals allow {readings} ways to split them; the row\'s values are left absent (line {line}).' },
  'table.run_together/unreadable': { severity: 'warning', zh: '{section}、{row}：数字连在一起（{digits}），没有与表内合计一致的拆分（或拆分过多），该行数值不采用（第 {line} 行）。', en: '{section}、{row}: the numbers ran together ({digits}) and no split agrees with the table\'s totals (or there are too many to try); the row\'s values are left absent (line {line}).' },
  'table.missing_total': { severity: 'info', zh: '{section}：缺少“总计”列；各行总计为六类申请人之和。', en: '{section}: the 总计 column is missing; each row\'s total is the sum of its six applicant columns.' },
  'table.inferred': { severity: 'info', zh: '{section}：转换中丢失的 {count} 格由表内合计（行总计与（七）总计行）确定。', en: '{section}: {count} cell(s) lost in conversion were determined by the table\'s own totals (row 总计 and the (七) 总计 row).' },

  // Arithmetic of the tables (spec §5)
  'applications.row_total': { severity: 'error', zh: '三、{row}：总计 {total} ≠ 各申请人列之和 {sum}。', en: '三、{row}: 总计 {total} ≠ {sum}, the sum of the applicant columns.' },
  'applications.closed_total': { severity: 'error', zh: '三：（七）总计 {total} ≠（一）至（六）之和 {sum}。', en: '三: (七) 总计 {total} ≠ {sum}, the sum of (一)…(六).' },
  'applications.balance': { severity: 'error', zh: '三（勾稽关系）：一 本年新收 {new} + 二 上年结转 {carriedIn} = {left}，而 三（七）总计 {closed} + 四 结转下年度 {carriedOut} = {right}。', en: '三 (勾稽关系): 一 本年新收 {new} + 二 上年结转 {carriedIn} = {left}, but 三 (七) 总计 {closed} + 四 结转下年度 {carriedOut} = {right}.' },
  'review.total': { severity: 'error', zh: '四、{name}：总计 {total} ≠ 结果维持、结果纠正、其他结果、尚未审结之和 {sum}。', en: '四、{name}: 总计 {total} ≠ {sum}, the sum of 结果维持, 结果纠正, 其他结果 and 尚未审结.' },
  'litigation.total': { severity: 'error', zh: '四、{name}：总计 {total} ≠ 结果维持、结果纠正、其他结果、尚未审结之和 {sum}。', en: '四、{name}: 总计 {total} ≠ {sum}, the sum of 结果维持, 结果纠正, 其他结果 and 尚未审结.' },

  // Text and values
  'text.ambiguous': { severity: 'warning', zh: '{indicator}：文中给出不同数值（{values}），均未采用。', en: '{indicator}: the text states different values ({values}); none is used.' },
  'text.uncertain/subunit': { severity: 'info', zh: '{indicator}：第 {line} 行的 {value} 说的是其他单位（不是本报告的机关），可能只是一部分，未采用：{sentence}', en: '{indicator}: {value} on line {line} is said of another unit than the report\'s agency, so it may be only a part; not used: {sentence}' },
  'text.uncertain/no_whole': { severity: 'info', zh: '{indicator}：第 {line} 行的 {value} 没有说明是全年或本机关的总数，可能只是一部分，未采用：{sentence}', en: '{indicator}: nothing on line {line} says {value} is the agency\'s total for the year, so it may be only a part; not used: {sentence}' },
  'text.uncertain/unpaired': { severity: 'info', zh: '{indicator}：第 {line} 行的 {value} 属于“分别”列出的一组数字，但数字与所列对象的个数对不上，未采用：{sentence}', en: '{indicator}: {value} on line {line} is one of figures listed with 分别 (respectively), but they do not pair one to one with the things named before it; not used: {sentence}' },
  'text.table_mismatch': { severity: 'warning', zh: '{indicator}：表格为 {table}，正文（第 {line} 行）为 {text}。', en: '{indicator}: the table says {table}, the text (line {line}) says {text}.' },
  'rate.mismatch': { severity: 'warning', zh: '{indicator}：报告写 {rate}%，按其自身数字计算为 {implied}。', en: '{indicator}: the report states {rate}%, but its own counts give {implied}.' },
  'rate.mismatch/exceeds': { severity: 'warning', zh: '热线：办结 {completed} 件多于受理 {received} 件；不推算办结率。', en: 'Hotline: {completed} completed exceeds {received} received; no completion rate is derived.' },
  'value.suspicious_zero/licensing_hall': { severity: 'warning', zh: '表格中行政许可为 0，而正文称政务服务大厅办件 {cases} 件。', en: '行政许可 is 0 in the table while the text reports {cases} service-hall cases.' },
  'value.suspicious_zero/licensing_bureau': { severity: 'warning', zh: '审批服务机构的行政许可为 0，而许可正是其主要职责。', en: '行政许可 is 0 for an approval bureau, whose work is licensing.' },
  'value.suspicious_zero/hotline': { severity: 'warning', zh: '热线：受理 {received} 件，办结 0 件。', en: 'Hotline: 0 completed out of {received} received.' },

  // Across reports: the audit (spec §6, src/audit/)
  'continuity.applications': { severity: 'error', zh: '{agency}：{year} 年报告“二、上年结转政府信息公开申请数量”为 {carriedIn} 件，而 {prevYear} 年报告“四、结转下年度继续办理”为 {carriedOut} 件。', en: '{agency}: the {year} report carries {carriedIn} request(s) over from last year (二 上年结转), but the {prevYear} report carried {carriedOut} into the next year (四 结转下年度继续办理).' },
  'continuity.regulations': { severity: 'warning', zh: '{agency}：{year} 年规章现行有效 {inForce} 件，而 {prevYear} 年现行有效 {prevInForce} 件 + 本年制发 {issued} 件 − 本年废止 {abolished} 件 = {expected} 件。', en: '{agency}: {inForce} regulation(s) in force in {year}, but {prevInForce} in force in {prevYear} + {issued} issued − {abolished} abolished = {expected}.' },
  'continuity.normative_docs': { severity: 'warning', zh: '{agency}：{year} 年行政规范性文件现行有效 {inForce} 件，而 {prevYear} 年现行有效 {prevInForce} 件 + 本年制发 {issued} 件 − 本年废止 {abolished} 件 = {expected} 件。', en: '{agency}: {inForce} normative document(s) in force in {year}, but {prevInForce} in force in {prevYear} + {issued} issued − {abolished} abolished = {expected}.' },
  'trend.jump/count_peers': { severity: 'info', zh: '{agency}：{indicator} 从 {prevYear} 年的 {from} 变为 {year} 年的 {to}（{change}），超出同年其他 {count} 个机关变动的正常范围 {low}～{high}（中位数 {median}，规则：(数值+1) 的对数比值超出中位数 ± {k}×1.4826×MAD，且超出本机关往年变动范围（如有三次以上））。', en: '{agency}: {indicator} went from {from} in {prevYear} to {to} in {year} ({change}), outside {low} to {high}, the usual range of {count} other agencies\' moves that year (median {median}; rule: log-ratio of value+1 beyond median ± {k} × 1.4826 × MAD, and beyond the agency\'s own past moves where it has three or more).' },
  'trend.jump/count_history': { severity: 'info', zh: '{agency}：{indicator} 从 {prevYear} 年的 {from} 变为 {year} 年的 {to}（{change}），超出本机关往年 {count} 次变动的正常范围 {low}～{high}（中位数 {median}，规则：(数值+1) 的对数比值超出中位数 ± {k}×1.4826×MAD；同年可比机关不足）。', en: '{agency}: {indicator} went from {from} in {prevYear} to {to} in {year} ({change}), outside {low} to {high}, the usual range of the agency\'s own {count} past moves (median {median}; rule: log-ratio of value+1 beyond median ± {k} × 1.4826 × MAD; too few other agencies that year).' },
  'trend.jump/rate_peers': { severity: 'info', zh: '{agency}：{indicator} 从 {prevYear} 年的 {from}% 变为 {year} 年的 {to}%（{change} 个百分点），超出同年其他 {count} 个机关变动的正常范围 {low}～{high} 个百分点（中位数 {median}，规则：变动超出中位数 ± {k}×1.4826×MAD，且超出本机关往年变动范围（如有三次以上））。', en: '{agency}: {indicator} went from {from}% in {prevYear} to {to}% in {year} ({change} points), outside {low} to {high} points, the usual range of {count} other agencies\' moves that year (median {median}; rule: change beyond median ± {k} × 1.4826 × MAD, and beyond the agency\'s own past moves where it has three or more).' },
  'trend.jump/rate_history': { severity: 'info', zh: '{agency}：{indicator} 从 {prevYear} 年的 {from}% 变为 {year} 年的 {to}%（{change} 个百分点），超出本机关往年 {count} 次变动的正常范围 {low}～{high} 个百分点（中位数 {median}，规则：变动超出中位数 ± {k}×1.4826×MAD；同年可比机关不足）。', en: '{agency}: {indicator} went from {from}% in {prevYear} to {to}% in {year} ({change} points), outside {low} to {high} points, the usual range of the agency\'s own {count} past moves (median {median}; rule: change beyond median ± {k} × 1.4826 × MAD; too few other agencies that year).' },
  'similarity.previous_year': { severity: 'warning', zh: '{agency} {year} 年报告第{section}部分有 {share}% 的文字（不计数字）与本机关 {prevYear} 年报告相同（内容雷同）。', en: '{agency}: {share}% of section {section} of the {year} report (digits aside) is the text of the agency\'s {prevYear} report (内容雷同).' },
  'similarity.previous_year/numbers_changed': { severity: 'warning', zh: '{agency} {year} 年报告第{section}部分有 {share}% 的文字（不计数字）与本机关 {prevYear} 年报告相同；句子未变，而其 {numbers} 个数字和日期中有 {changed} 个改动，属改数不改文的典型照抄（内容雷同）。', en: '{agency}: {share}% of section {section} of the {year} report (digits aside) is the text of the agency\'s {prevYear} report; the sentences stayed while {changed} of its {numbers} numbers and dates changed, the typical copy with the figures updated (内容雷同).' },
  'similarity.peer': { severity: 'warning', zh: '{agency} {year} 年报告第{section}部分有 {share}% 的文字（不计数字）也出现在{other}同年的报告中（内容雷同）。', en: '{agency}: {share}% of section {section} of the {year} report (digits aside) is also in the report of {other} for the same year (内容雷同).' },
  'similarity.peer/numbers_changed': { severity: 'warning', zh: '{agency} {year} 年报告第{section}部分有 {share}% 的文字（不计数字）也出现在{other}同年的报告中；句子相同，而其 {numbers} 个数字和日期中有 {changed} 个不同，属改数不改文的典型照抄（内容雷同）。', en: '{agency}: {share}% of section {section} of the {year} report (digits aside) is also in the report of {other} for the same year; the sentences are the same while {changed} of its {numbers} numbers and dates differ, the typical copy with the figures changed (内容雷同).' },
  'coverage.gap': { severity: 'info', zh: '{agency}（{region}）有 {prevYear} 年和 {nextYear} 年的报告，但没有 {year} 年的报告。', en: '{agency} ({region}) has reports for {prevYear} and {nextYear} but none for {year}.' },
  'timeliness.late/department': { severity: 'warning', zh: '{agency} {year} 年报告发布于 {published}，晚于部门年报的法定期限 {deadline}（条例第四十九条：每年1月31日前）{days} 天。', en: '{agency}: the {year} report was published on {published}, {days} day(s) after the deadline for a department\'s report, {deadline} (条例第四十九条: by 31 January).' },
  'timeliness.late/government': { severity: 'warning', zh: '{agency} {year} 年报告发布于 {published}，晚于本级政府年报的法定期限 {deadline}（条例第四十九条：每年3月31日前）{days} 天。', en: '{agency}: the {year} report was published on {published}, {days} day(s) after the deadline for a government\'s own report, {deadline} (条例第四十九条: by 31 March).' },
} as const satisfies Record<string, CheckTemplate>

export type CheckKey = keyof typeof CHECK_TEMPLATES

/** Where a check points in its report. */
export interface CheckTarget {
  indicator?: string
  line?: number
}

const PLACEHOLDER = /\{(\w+)\}/g

/** Agency kinds as a check names them (params called `…Kind`), as the filters name them (src/i18n `kind`). */
const AGENCY_KIND_LABELS: Record<string, { zh: string, en: string }> = {
  'approval-bureau': { zh: '审批服务管理局', en: 'Approval services bureau' },
  'service-center': { zh: '政务服务中心', en: 'Government service center' },
  'county-government': { zh: '县（区、市）政府', en: 'County government' },
  'other': { zh: '其他机构', en: 'Other agency' },
}
/** A param holding an agency kind (`oldKind`, `newKind`). */
const KIND_PARAM = /Kind$/

function fill(template: string, params: CheckParams | undefined, lang: 'zh' | 'en'): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = params?.[name]
    if (v === undefined)
      return whole
    if (name === 'indicator' && typeof v === 'string') {
      const ind = findIndicator(v)
      if (ind)
        return lang === 'zh' ? ind.zh : ind.en
    }
    if (KIND_PARAM.test(name) && typeof v === 'string' && AGENCY_KIND_LABELS[v])
      return AGENCY_KIND_LABELS[v][lang]
    return String(v)
  })
}

/** A check of the catalog: `key` is `id` or `id/variant`. */
export function makeCheck(key: CheckKey, params: CheckParams = {}, target: CheckTarget = {}): Check {
  const template: CheckTemplate = CHECK_TEMPLATES[key]
  const slash = key.indexOf('/')
  const check: Check = {
    id: slash < 0 ? key : key.slice(0, slash),
    severity: template.severity,
    message: fill(template.en, params, 'en'),
  }
  if (slash >= 0)
    check.variant = key.slice(slash + 1)
  if (Object.keys(params).length > 0)
    check.params = params
  if (target.indicator !== undefined)
    check.indicator = target.indicator
  if (target.line !== undefined)
    check.line = target.line
  return check
}

/** The template of a check, or undefined for one outside the catalog (older data). */
export function checkTemplate(check: Pick<Check, 'id' | 'variant'>): CheckTemplate | undefined {
  const key = check.variant ? `${check.id}/${check.variant}` : check.id
  return (CHECK_TEMPLATES as Record<string, CheckTemplate>)[key]
}

/** A check's message in a UI language; the stored message where the catalog has no template. */
export function renderCheck(check: Check, lang: 'zh' | 'en'): string {
  const template = checkTemplate(check)
  return template ? fill(template[lang], check.params, lang) : check.message
}
