/**
 * Texts of the notification bell, inbox and live toasts (zh-CN; English in `locale.en.ts`), and the messages the bff's
 * notifications name (`notifications.application.*`, `notifications.perks.*`, `notifications.deadline.*`). They load
 * with the console's frame (the bell is in its header), not in the first load: see `i18n/texts.ts`.
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

/** Names of the application kinds (a notification's `kindLabel`, the review queue, campaigns). */
export const appKindsZh = { launch: '上新', brand_day: '品牌日', promotion: '大促报名' };

export const inboxZh = {
  title: '消息通知',
  subtitle: '审核决定，以及您负责的申请的提交与重新提交',
  bell: '消息通知',
  unread: '未读',
  unreadOnly: '仅看未读',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  open: '查看申请',
  empty: '暂无消息',
  noUnread: '没有未读消息',
  showAll: '查看全部消息',
  emptyHint: '审核结果、提交与重新提交的申请会通知到这里。',
  read: '已读',
};

/** What the bff's notifications say (`notifications.application.*`, `notifications.perks.*`, `notifications.deadline.*`). */
export const notificationMessagesZh = {
  application: {
    approved: '您的{{kindLabel}}「{{title}}」已通过审核（{{by}}）',
    rejected: '您的{{kindLabel}}「{{title}}」被驳回（{{by}}）：{{reason}}',
    changesRequested: '您的{{kindLabel}}「{{title}}」需要修改（{{by}}）：{{reason}}',
    declined: '您的{{kindLabel}}「{{title}}」所选日期已被其他品牌获批，可改为以下空闲日期后重新提交：{{dates}}',
    submitted: '{{merchant}} 提交了{{kindLabel}}「{{title}}」，等待审核',
    resubmittedToYou: '{{merchant}} 修改后重新提交了{{kindLabel}}「{{title}}」，仍由您审核',
    resubmitted: '{{merchant}} 修改后重新提交了{{kindLabel}}「{{title}}」，已回到待领取队列',
  },
  perks: { published: '会员权益第 {{number}} 版已发布（{{by}}），{{effectiveFrom}} 生效' },
  deadline: deadlineNotificationsZh,
};

/** Everything above, as the catalogue's tree: registered with the frame. */
export const notificationTextsZh = {
  appKinds: appKindsZh,
  inbox: inboxZh,
  live: liveZh,
  notifications: notificationMessagesZh,
};
export type NotificationTexts = Catalog<typeof notificationTextsZh>;
