import { defineMessages } from '../../i18n/define-messages.js';

/** What the wish lifecycle says when it refuses a step. */
export const wishMessages = defineMessages('wish', {
  notNow: {
    'zh-CN': '心愿“{title}”当前为“{state}”，不能{step}',
    en: 'The wish "{title}" is {state}: it cannot be {step}',
  },
  notExpiredYet: {
    'zh-CN': '心愿“{title}”的截止日期是 {expiresOn}，尚未过期',
    en: 'The wish "{title}" runs until {expiresOn}: it has not expired',
  },
  expired: {
    'zh-CN': '心愿“{title}”已于 {expiresOn} 截止，不能再认领',
    en: 'The wish "{title}" closed on {expiresOn}: it can no longer be claimed',
  },
  notRegistered: {
    'zh-CN': '认领人未到社区报到（双报到），不能认领本社区的心愿',
    en: 'The claimant has not reported to this community (双报到), so cannot claim its wishes',
  },
  othersClaim: {
    'zh-CN': '党员只能以本人名义认领心愿',
    en: 'A member claims wishes in their own name only',
  },
  overCapacity: {
    'zh-CN': '认领人已有 {live} 个进行中的心愿，最多 {max} 个',
    en: 'The claimant already holds {live} wishes in progress; at most {max}',
  },
  unknownOrg: {
    'zh-CN': '没有编号为“{orgId}”的党组织，无法统计心愿',
    en: 'There is no org with id "{orgId}" to count wishes for',
  },
  periodReversed: {
    'zh-CN': '统计期间的开始 {from} 晚于结束 {to}',
    en: 'The period starts at {from}, after its end {to}',
  },
  personalDataInText: {
    'zh-CN': '心愿的“{field}”中含有身份证号或手机号样式的内容；心愿向居民公开，请删去个人信息，由社区另行联系',
    en: 'The wish\'s "{field}" holds what looks like an ID number or phone number; wishes are public to residents, so leave personal data out and the community will get in touch',
  },
});
