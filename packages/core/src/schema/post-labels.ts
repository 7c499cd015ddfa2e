import type { LocalizedText } from '../i18n/locale.js';
import type { PostKind } from './post.js';

/** 设岗定责 post kinds, as a post board names them. */
export const postKindLabels: Readonly<Record<PostKind, LocalizedText>> = {
  service: { 'zh-CN': '服务岗', en: 'service post' },
  pioneer: { 'zh-CN': '先锋岗', en: 'pioneer post' },
  responsibilityArea: { 'zh-CN': '党员责任区', en: 'responsibility area' },
  volunteerTeam: { 'zh-CN': '志愿服务队', en: 'volunteer team' },
};
