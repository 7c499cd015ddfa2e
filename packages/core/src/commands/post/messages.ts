import { defineMessages } from '../../i18n/define-messages.js';

/** What claiming and releasing a post (设岗定责) says when it refuses. */
export const postMessages = defineMessages('post', {
  full: {
    'zh-CN': '岗位“{post}”限 {capacity} 人，已满',
    en: 'The post "{post}" takes {capacity} member(s) and is full',
  },
  alreadyHeld: {
    'zh-CN': '该党员已认领岗位“{post}”，不能重复认领',
    en: 'The member already holds the post "{post}"',
  },
  notHeld: {
    'zh-CN': '该党员未认领岗位“{post}”，无从退出',
    en: 'The member does not hold the post "{post}"',
  },
  notEligible: {
    'zh-CN': '岗位“{post}”由所在党组织的党员或到该社区报到的党员认领',
    en: 'The post "{post}" is claimed by members of its org or who reported to its community',
  },
  othersClaim: {
    'zh-CN': '党员只能以本人名义认领或退出岗位',
    en: 'A member claims or leaves a post in their own name only',
  },
});
