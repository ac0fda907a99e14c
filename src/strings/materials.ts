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
