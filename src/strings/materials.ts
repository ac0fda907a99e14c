/**
 * The per-activity materials (issue 13): the 活动通知 text, the 签到表 and the 活动记录 sheets, and
 * the command line's words for them. Wording after the policy (张国土资党发〔2017〕21号, 四、3).
 */
import type { CalendarDate } from '../domain/date';
import { formatDateZh } from './attendance';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

export const NOTICE_TEXT = {
  title: '关于开展党员固定活动日活动的通知',
  addressee: (branch: string) => `${branch}全体党员：`,
  opening: (date: string, time: string) =>
    `根据《党员固定活动日制度实施方案》，定于${date}${time}开展党员固定活动日活动。现将有关事项通知如下：`,
  /** '2027年3月15日（星期一）'. */
  day: (date: CalendarDate, weekday: string) => `${formatDateZh(date)}（${weekday}）`,
  theme: (theme: string, topic: string | undefined) =>
    topic === undefined ? `一、主题：${theme}` : `一、主题：${topic}（${theme}）`,
  time: (day: string, time: string) => `二、时间：${day}${time}`,
  place: (place: string | undefined) => `三、地点：${place ?? '另行通知'}`,
  requirements: '四、要求',
  rules: (threshold: number) => [
    '1. 原则上全体党员都要参加。党员无特殊情况不得无故迟到、早退，或不参加活动。',
    '2. 因事因病不能参加的，必须经党支部批准，请于活动前向党支部请假。',
    `3. 每次开展活动的党员到会率不得低于应参加党员总数的${percent(threshold)}。`,
    '4. 年老体弱、卧病在床经党支部同意不参加的党员，由联系人传达活动的内容和精神。',
  ],
  signedOn: (date: CalendarDate) => formatDateZh(date),
} as const;

export const MATERIAL_SHEETS = {
  /** Sheet names: Excel allows 31 characters; the branch is cut first. */
  signInName: (id: string, branch: string) => `签到表 ${id} ${branch}`,
  recordName: (id: string, branch: string) => `活动记录 ${id} ${branch}`,
  monthRecordsName: (year: number, month: number, branch: string) => `活动记录 ${year}年${month}月 ${branch}`,
  /** '2027年3月15日（星期一）14:30'. */
  when: (date: CalendarDate, weekday: string, time: string) => `${formatDateZh(date)}（${weekday}）${time}`,
  unit: (unit: string) => `单位：${unit}`,
  branch: (branch: string) => `党支部：${branch}`,
  theme: (theme: string, topic: string | undefined) =>
    topic === undefined ? `主题：${theme}` : `主题：${topic}（${theme}）`,
  time: (when: string) => `时间：${when}`,
  place: (place: string | undefined) => `地点：${place ?? ''}`,
  host: (host: string | undefined) => `主持人：${host ?? ''}`,
  recorder: (recorder: string | undefined) => `记录人：${recorder ?? ''}`,
} as const;

export const SIGN_IN_SHEET = {
  title: (branch: string) => `${branch}党员固定活动日签到表`,
  headers: ['序号', '姓名', '类别', '本人签名', '备注'] as const,
  categories: { 正式党员: '正式', 预备党员: '预备' } as Readonly<Record<string, string>>,
  exempt: '免参加',
  invitees: '列席人员（发展对象、入党积极分子、团员青年、群众代表等，不计入应到、实到）',
  inviteeHeaders: ['序号', '姓名', '身份', '本人签名', '备注'] as const,
  footer: (due: number) => `应到 ${due} 人，实到 ____ 人（正式党员 ____、预备党员 ____）`,
} as const;
