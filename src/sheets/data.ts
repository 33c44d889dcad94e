/**
 * Stage and status labels the tracking sheet and the review pack write. (A team's tables are read
 * by src/data/, which also reads these words back, in either language, with CRM stage names.)
 */
import type { Language } from '../i18n/language';
import type { Stage, TaskStatus } from '../data/model';

export const STAGE_LABELS: Readonly<Record<Language, Record<Stage, string>>> = {
  'en-US': { lead: 'Lead', intent: 'Intent', negotiation: 'Negotiation', won: 'Won', lost: 'Lost' },
  'zh-CN': { lead: '线索', intent: '意向', negotiation: '谈判', won: '成交', lost: '丢单' },
};
export const STATUS_LABELS: Readonly<Record<Language, Record<TaskStatus, string>>> = {
  'en-US': { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' },
  'zh-CN': { notStarted: '未开始', inProgress: '进行中', done: '已完成' },
};
