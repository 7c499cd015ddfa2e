import type { LocalizedText } from '../i18n/locale.js';

/** One column of the 党员花名册 template: the member field it fills and its headers in both languages. */
export interface RosterColumn {
  readonly key: RosterKey;
  readonly header: LocalizedText;
  readonly required: boolean;
  /** Personal data, masked on export unless asked otherwise. */
  readonly sensitive?: 'idNumber' | 'phone';
  readonly hint: LocalizedText;
}

export type RosterKey =
  | 'id'
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'ethnicity'
  | 'education'
  | 'stage'
  | 'joinedOn'
  | 'fullMemberOn'
  | 'relationOrg'
  | 'managingOrg'
  | 'employment'
  | 'employer';

/**
 * The documented import template. Headers are matched in either language; column order is free;
 * unknown columns are refused (a typo must not silently drop data).
 */
export const rosterColumns: readonly RosterColumn[] = [
  {
    key: 'id',
    header: { 'zh-CN': '编号', en: 'ID' },
    required: true,
    hint: { 'zh-CN': '本系统内唯一，字母数字', en: 'Unique, letters and digits' },
  },
  {
    key: 'name',
    header: { 'zh-CN': '姓名', en: 'Name' },
    required: true,
    hint: { 'zh-CN': '1–50 字', en: '1–50 characters' },
  },
  {
    key: 'gender',
    header: { 'zh-CN': '性别', en: 'Gender' },
    required: true,
    hint: { 'zh-CN': '男 / 女', en: 'male / female' },
  },
  {
    key: 'birthDate',
    header: { 'zh-CN': '出生日期', en: 'Birth date' },
    required: true,
    hint: { 'zh-CN': 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  },
  {
    key: 'idNumber',
    header: { 'zh-CN': '公民身份号码', en: 'ID number' },
    required: false,
    sensitive: 'idNumber',
    hint: { 'zh-CN': '18 位，末位可为 X', en: '18 characters, last may be X' },
  },
  {
    key: 'phone',
    header: { 'zh-CN': '联系电话', en: 'Phone' },
    required: false,
    sensitive: 'phone',
    hint: { 'zh-CN': '手机或带区号座机', en: 'Mobile or landline with area code' },
  },
  {
    key: 'ethnicity',
    header: { 'zh-CN': '民族', en: 'Ethnicity' },
    required: false,
    hint: { 'zh-CN': '如 汉族', en: 'e.g. 汉族' },
  },
  {
    key: 'education',
    header: { 'zh-CN': '学历', en: 'Education' },
    required: false,
    hint: {
      'zh-CN': '研究生 / 大学本科 / 大专 / 中专高中 / 初中及以下',
      en: 'postgraduate / bachelor / associate / secondary / primary',
    },
  },
  {
    key: 'stage',
    header: { 'zh-CN': '党员类别', en: 'Stage' },
    required: true,
    hint: { 'zh-CN': '正式党员 / 预备党员', en: 'full / probationary' },
  },
  {
    key: 'joinedOn',
    header: { 'zh-CN': '入党日期', en: 'Joined on' },
    required: false,
    hint: { 'zh-CN': 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  },
  {
    key: 'fullMemberOn',
    header: { 'zh-CN': '转正日期', en: 'Full member on' },
    required: false,
    hint: { 'zh-CN': 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  },
  {
    key: 'relationOrg',
    header: { 'zh-CN': '组织关系所在党组织', en: 'Relation org' },
    required: true,
    hint: { 'zh-CN': '组织编号，或从上到下的全称路径，用 / 分隔', en: 'Org id, or the names from the top joined by /' },
  },
  {
    key: 'managingOrg',
    header: { 'zh-CN': '日常管理党组织', en: 'Managing org' },
    required: false,
    hint: { 'zh-CN': '留空表示与组织关系所在党组织相同', en: 'Empty: same as the relation org' },
  },
  {
    key: 'employment',
    header: { 'zh-CN': '就业状况', en: 'Employment' },
    required: false,
    hint: {
      'zh-CN': '在职 / 离退休 / 未就业 / 学生 / 农民 / 灵活就业',
      en: 'employed / retired / unemployed / student / farmer / selfEmployed',
    },
  },
  {
    key: 'employer',
    header: { 'zh-CN': '工作单位', en: 'Employer' },
    required: false,
    hint: { 'zh-CN': '单位全称', en: 'Full name' },
  },
];

/** Cell words accepted for coded fields, in both languages, mapped to the stored value. */
export const rosterVocabulary: Readonly<Partial<Record<RosterKey, Readonly<Record<string, string>>>>> = {
  gender: { 男: 'male', 女: 'female', male: 'male', female: 'female' },
  stage: { 正式党员: 'full', 预备党员: 'probationary', full: 'full', probationary: 'probationary' },
  education: {
    研究生: 'postgraduate',
    大学本科: 'bachelor',
    本科: 'bachelor',
    大专: 'associate',
    中专高中: 'secondary',
    中专: 'secondary',
    高中: 'secondary',
    初中及以下: 'primary',
    postgraduate: 'postgraduate',
    bachelor: 'bachelor',
    associate: 'associate',
    secondary: 'secondary',
    primary: 'primary',
  },
  employment: {
    在职: 'employed',
    离退休: 'retired',
    退休: 'retired',
    未就业: 'unemployed',
    失业: 'unemployed',
    学生: 'student',
    农民: 'farmer',
    灵活就业: 'selfEmployed',
    employed: 'employed',
    retired: 'retired',
    unemployed: 'unemployed',
    student: 'student',
    farmer: 'farmer',
    selfEmployed: 'selfEmployed',
  },
};
