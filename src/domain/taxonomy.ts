/** The seed table: categories and priorities, and what each means to a person. */
export const CATEGORIES = ['connectivity', 'av_quality', 'crash', 'feature', 'compatibility', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from most to least urgent. */
export const PRIORITIES = ['urgent', 'high', 'medium_high', 'medium', 'medium_low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type Language = 'zh' | 'en';

/** Crashes are as severe as dropped calls; unclassified complaints get a short clock so a person looks soon. */
export const DEFAULT_PRIORITY: Record<Category, Priority> = {
  connectivity: 'high',
  av_quality: 'medium_high',
  crash: 'high',
  feature: 'medium',
  compatibility: 'medium_low',
  other: 'medium_high',
};

export const CATEGORY_LABEL: Record<Category, Record<Language, string>> = {
  connectivity: { en: 'connection problem (drops, cannot connect)', zh: '连接问题（掉线、无法接通）' },
  av_quality: { en: 'audio/video quality (stutter, lag, blur, echo)', zh: '音视频质量（卡顿、延迟、模糊、回声）' },
  crash: { en: 'app crash', zh: '应用崩溃/闪退' },
  feature: { en: 'feature not working (beauty filter, filters, recording)', zh: '功能异常（美颜、滤镜、录屏）' },
  compatibility: { en: 'problem on a specific device or system', zh: '特定机型/系统问题' },
  other: { en: 'general issue', zh: '一般问题' },
};

export const CATEGORY_SHORT: Record<Category, string> = {
  connectivity: 'Connectivity',
  av_quality: 'A/V quality',
  crash: 'Crash',
  feature: 'Feature',
  compatibility: 'Compatibility',
  other: 'Unclassified',
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  medium_high: 'Medium-high',
  medium: 'Medium',
  medium_low: 'Medium-low',
};

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}
