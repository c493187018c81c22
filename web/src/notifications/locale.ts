/**
 * Texts of live notifications and the inbox's filters (zh-CN; English in `locale.en.ts`), and the messages of the
 * scheduled deadline reminders the bff sends (`notifications.deadline.*`). Merged into `i18n/zh-CN.ts` / `i18n/en.ts`.
 */
import type { Catalog } from '../launches/locale';

export const liveZh = {
  categories: {
    decision: '审核结果',
    decline: '日期被占用',
    deadline: '截止提醒',
    tier: '服务等级',
    perks: '会员权益',
    submission: '新提交',
  },
  toast: {
    decision: '审核结果',
    decline: '活动日期被占用',
    deadline: '报名即将截止',
  },
  filterCategories: '消息类型',
  allCategories: '全部类型',
  status: '阅读状态',
  all: '全部',
  unread: '未读',
  noMatch: '没有符合筛选条件的消息',
  clearFilters: '清除筛选',
  open: '查看',
};

export const deadlineNotificationsZh = {
  reminder: '「{{window}}」报名将于 {{deadline}} 截止，还剩 {{days}} 天，您尚未提交',
  today: '「{{window}}」报名今天（{{deadline}}）截止，您尚未提交',
};

export type LiveCatalog = Catalog<typeof liveZh>;
export type DeadlineCatalog = Catalog<typeof deadlineNotificationsZh>;
