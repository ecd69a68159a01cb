/** The page's words, Chinese first; English on the toggle. Findings come from the API in either language. */
export type Lang = 'zh' | 'en';

const WORDS = {
  drop: ['把预算公开文件拖到这里，或点击选择文件', 'Drop budget disclosure files here, or click to choose'],
  formats: ['PDF、DOCX、XLSX、HTML 或文本，可一次多个', 'PDF, DOCX, XLSX, HTML or text; several at once'],
  token: ['令牌', 'Token'],
  tokenHint: ['此服务上传和删除需要令牌', 'Uploads and deletes on this server need a token'],
  uploading: ['上传中', 'Uploading'],
  reading: ['读取与检查中…', 'Reading and checking…'],
  done: ['完成', 'Done'],
  failed: ['无法读取', 'Unreadable'],
  uploadFailed: ['上传失败', 'Upload failed'],
  open: ['查看报告', 'Open report'],
  inStore: ['已存入文件库', 'Stored in the corpus'],
  errors: ['错误', 'errors'],
  warnings: ['警告', 'warnings'],
  infos: ['提示', 'notes'],
  findings: ['问题', 'Findings'],
  tables: ['表格', 'Tables'],
  narrative: ['情况说明', 'Narrative'],
  allTables: ['全部表格', 'All tables'],
  otherFindings: ['其他', 'Other'],
  prev: ['上一页', 'Previous'],
  next: ['下一页', 'Next'],
  toCell: ['对应表格单元', 'the cell it was checked against'],
  agrees: ['相符', 'agrees'],
  disagrees: ['不符', 'differs'],
  noFindings: ['没有符合筛选的问题', 'No findings match the filters'],
  notFound: ['报告不存在或已过期，请重新上传', 'No such report (or it expired): upload the file again'],
  back: ['上传其他文件', 'Upload other files'],
  code: ['代码', 'Code'],
  item: ['项目', 'Item'],
  unit: ['单位', 'unit'],
  budget: ['预算', 'budget'],
  finalAccount: ['决算', 'final account'],
  noPdf: ['此格式没有页面图像，下面是读出的表格', 'No page image for this format: the tables as read follow'],
  pdfFailed: ['PDF 无法显示', 'The PDF cannot be shown'],
  other: ['English', '中文'],
  upload: ['上传检查', 'Upload'],
  corpus: ['文件库', 'Corpus'],
  region: ['地区', 'Region'],
  all: ['全部', 'All'],
  year: ['年度', 'Year'],
  phase: ['阶段', 'Phase'],
  department: ['部门', 'Department'],
  classCode: ['科目代码', 'Code'],
  search: ['查找', 'Search'],
  documents: ['文件', 'Documents'],
  version: ['版本', 'Version'],
  readStatus: ['读取情况', 'Read'],
  noTables: ['未读出表格', 'no tables read'],
  unknownTables: ['未识别', 'unknown'],
  compare: ['对比', 'Compare'],
  acrossYears: ['历年对比', 'Across years'],
  sideBySide: ['地区各部门', 'Side by side'],
  codeAcross: ['科目全库', 'Code across the store'],
  threePublic: ['“三公”经费', '“Three public” spending'],
  total: ['支出合计', 'Total'],
  basic: ['基本支出', 'Basic'],
  project: ['项目支出', 'Projects'],
  byFunction: ['按功能分类（类）', 'By function (类)'],
  export: ['导出', 'Export'],
  nothingToCompare: ['库中没有可对比的数据', 'Nothing in the store to compare'],
  delete: ['删除', 'Delete'],
  confirmDelete: [
    '从文件库删除以下文件及其保存的原件？此操作无法撤销。',
    'Delete this document and the originals kept for it from the store? This cannot be undone.',
  ],
  deleted: ['已删除', 'Deleted'],
  deleteFailed: ['删除失败', 'Delete failed'],
  nothingStored: [
    '文件库中还没有文件：上传检查的文件会存入这里，也可用 budgetlens ingest 批量存入',
    'Nothing is stored yet: files uploaded are kept here, and budgetlens ingest stores many at once',
  ],
  noMatch: ['没有符合条件的文件', 'No stored document matches these filters'],
  choose: ['选择文件', 'Choose files'],
  noNarrative: ['未读出情况说明', 'No narrative was read'],
  noTablesRead: ['未读出表格', 'No tables were read'],
  narrativeFile: ['情况说明', 'Narrative'],
  tablesFile: ['报表', 'Tables'],
  files: ['文件', 'Files'],
  noPageImage: ['此文件没有页面图像', 'No page image for this file'],
  toSource: ['原文', 'the sentence'],
  exportAll: ['导出全部表格', 'Export every table'],
} as const;

export type Word = keyof typeof WORDS;

let current: Lang = localStorage.getItem('budgetlens-lang') === 'en' ? 'en' : 'zh';

export const lang = (): Lang => current;

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem('budgetlens-lang', next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

export function t(word: Word): string {
  return WORDS[word][current === 'zh' ? 0 : 1];
}

/** Which page of how many: 第 6 页 / 共 16 页, Page 6 / 16. */
export const pageOf = (page: number, pages: number): string =>
  current === 'zh' ? `第 ${page} 页 / 共 ${pages} 页` : `Page ${page} / ${pages}`;

/** Which page of which file: 报表 · 第 6 页 / 共 16 页, Tables · Page 6 / 16. */
export const filePageOf = (file: string, page: number, pages: number): string => `${file} · ${pageOf(page, pages)}`;

/** The colon after a label: full-width in Chinese, ": " in English. */
export const colon = (): string => (current === 'zh' ? '：' : ': ');

/** A message given in both languages (an API error): the current language's. */
export const pick = (text: { zh: string; en: string }): string => (current === 'zh' ? text.zh : text.en);
