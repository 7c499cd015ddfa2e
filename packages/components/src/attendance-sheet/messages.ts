import type { LocalizedText } from '@dangjian/core';
import type { AttendanceMode, LecturerRole, MarkStatus, VoteKind } from './sheet-model.js';

/** The sheet's own words; meeting kinds, refusals and quorum rules come from core. */
export const attendanceSheetMessages = {
  label: { 'zh-CN': '会议记录：{name}', en: 'Meeting record: {name}' },
  loading: { 'zh-CN': '正在加载支部党员…', en: 'Loading the branch’s members…' },
  noOrg: { 'zh-CN': '请选择一个党支部', en: 'Choose a branch' },
  meeting: { 'zh-CN': '会议', en: 'Meeting' },
  kind: { 'zh-CN': '会议类型', en: 'Kind' },
  heldOn: { 'zh-CN': '召开日期', en: 'Date' },
  topic: { 'zh-CN': '主题', en: 'Topic' },
  lecturer: { 'zh-CN': '授课人', en: 'Lecturer' },
  lecturerName: { 'zh-CN': '授课人姓名', en: 'Lecturer’s name' },
  lecturerRole: { 'zh-CN': '授课人身份', en: 'Lecturer’s role' },
  lecturerMember: { 'zh-CN': '本支部党员（可选）', en: 'Member of the branch (optional)' },
  noneChosen: { 'zh-CN': '（不是本支部党员）', en: '(not on the roster)' },
  roll: { 'zh-CN': '出席情况', en: 'Attendance' },
  member: { 'zh-CN': '党员', en: 'Member' },
  status: { 'zh-CN': '到会', en: 'Status' },
  mode: { 'zh-CN': '参学方式', en: 'Mode' },
  reason: { 'zh-CN': '请假事由', en: 'Reason' },
  reasonOf: { 'zh-CN': '{name}的请假事由', en: 'Reason for {name}' },
  statusOf: { 'zh-CN': '{name}的到会情况', en: 'Status of {name}' },
  modeOf: { 'zh-CN': '{name}的参学方式', en: 'Mode for {name}' },
  probationary: { 'zh-CN': '预备党员（无表决权）', en: 'probationary (no vote)' },
  tally: {
    'zh-CN': '共 {total} 人：到会 {present} 人（其中迟到 {late} 人），请假 {excused} 人，缺席 {absent} 人',
    en: '{total} members: {present} present ({late} late), {excused} excused, {absent} absent',
  },
  quorum: {
    'zh-CN': '应到{baseKind} {base} 人，实到 {present} 人，至少须 {required} 人到会：{state}',
    en: '{base} {baseKind} should attend, {present} present, {required} needed: {state}',
  },
  quorumBaseAssembly: { 'zh-CN': '有表决权的党员', en: 'voting members' },
  quorumBaseCommittee: { 'zh-CN': '支委会委员', en: 'committee members' },
  quorumMet: { 'zh-CN': '已达到法定人数', en: 'quorum met' },
  quorumNotMet: { 'zh-CN': '未达到法定人数，不能表决或作出决定', en: 'no quorum: no vote or decision' },
  rule: { 'zh-CN': '依据：{source}{article}', en: 'Rule: {source} {article}' },
  votes: { 'zh-CN': '表决', en: 'Votes' },
  addVote: { 'zh-CN': '添加表决事项', en: 'Add a vote' },
  removeVote: { 'zh-CN': '删除表决事项 {n}', en: 'Remove vote {n}' },
  motion: { 'zh-CN': '表决事项', en: 'Motion' },
  voteKind: { 'zh-CN': '类别', en: 'Kind' },
  yes: { 'zh-CN': '赞成', en: 'Yes' },
  no: { 'zh-CN': '反对', en: 'No' },
  abstain: { 'zh-CN': '弃权', en: 'Abstain' },
  passed: { 'zh-CN': '通过（赞成 {yes} 票，须 {required} 票）', en: 'Carried ({yes} yes, {required} needed)' },
  failed: { 'zh-CN': '未通过（赞成 {yes} 票，须 {required} 票）', en: 'Not carried ({yes} yes, {required} needed)' },
  decisions: { 'zh-CN': '决定事项（每行一项）', en: 'Decisions (one per line)' },
  record: { 'zh-CN': '保存会议记录', en: 'Record the meeting' },
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  recorded: { 'zh-CN': '会议记录已保存：{topic}（{heldOn}）', en: 'Recorded: {topic} ({heldOn})' },
  submit: { 'zh-CN': '报上级党组织审核', en: 'Submit for review' },
  submitted: { 'zh-CN': '已报上级党组织审核', en: 'Submitted to the higher org for review' },
  another: { 'zh-CN': '记录另一次会议', en: 'Record another meeting' },
  refused: { 'zh-CN': '未保存。{field}：{reason}', en: 'Not saved. {field}: {reason}' },
  refusedSubmit: { 'zh-CN': '未报送：{reason}', en: 'Not submitted: {reason}' },
  voteField: { 'zh-CN': '表决事项 {n}', en: 'Vote {n}' },
} as const satisfies Record<string, LocalizedText>;

export const markStatusLabels: Readonly<Record<MarkStatus, LocalizedText>> = {
  present: { 'zh-CN': '到会', en: 'Present' },
  late: { 'zh-CN': '迟到', en: 'Late' },
  excused: { 'zh-CN': '请假', en: 'Excused' },
  absent: { 'zh-CN': '缺席', en: 'Absent' },
};

/** 就近参学 / 上门送学 / 网络共学: every mode counts as attending. */
export const attendanceModeLabels: Readonly<Record<AttendanceMode, LocalizedText>> = {
  onSite: { 'zh-CN': '就近参学', en: 'On site' },
  homeDelivery: { 'zh-CN': '上门送学', en: 'Home delivery' },
  online: { 'zh-CN': '网络共学', en: 'Online' },
};

export const lecturerRoleLabels: Readonly<Record<LecturerRole, LocalizedText>> = {
  secretary: { 'zh-CN': '支部书记', en: 'Secretary' },
  committeeMember: { 'zh-CN': '支委委员', en: 'Committee member' },
  member: { 'zh-CN': '党员', en: 'Member' },
  guest: { 'zh-CN': '特邀授课人', en: 'Guest' },
};

export const voteKindLabels: Readonly<Record<VoteKind, LocalizedText>> = {
  general: { 'zh-CN': '一般事项', en: 'General' },
  admitProbationary: { 'zh-CN': '接收预备党员', en: 'Admit a probationary member' },
  conversionToFull: { 'zh-CN': '预备党员转正', en: 'Convert to full member' },
};

/** The sheet's fields by the name a refusal gives them. */
export const fieldLabels: Readonly<Record<string, LocalizedText>> = {
  id: { 'zh-CN': '会议编号', en: 'Meeting id' },
  orgId: { 'zh-CN': '党支部', en: 'Branch' },
  kind: attendanceSheetMessages.kind,
  heldOn: attendanceSheetMessages.heldOn,
  topic: attendanceSheetMessages.topic,
  attendance: attendanceSheetMessages.roll,
  lecturer: attendanceSheetMessages.lecturer,
  'lecturer.name': attendanceSheetMessages.lecturerName,
  'lecturer.role': attendanceSheetMessages.lecturerRole,
  'lecturer.memberId': attendanceSheetMessages.lecturerMember,
  decisions: attendanceSheetMessages.decisions,
};
