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
  noticeName: (id: string, branch: string) => `通知 ${id} ${branch}`,
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

export const NOTICE_SHEET = {
  /** Below the notice: who was told, and how (the policy's 专人传达 for the exempt). */
  delivery: '通知送达登记（逐人通知到位；免参加的党员由联系人传达活动内容）',
  headers: ['序号', '姓名', '类别', '通知方式', '本人知悉（签字）', '备注'] as const,
  exempt: '免参加，由联系人传达',
  footer: (due: number, exempt: number) =>
    exempt === 0 ? `应通知 ${due} 人。` : `应通知 ${due} 人；另有免参加 ${exempt} 人，由联系人传达。`,
} as const;

export const RECORD_SHEET = {
  title: (branch: string) => `${branch}党员固定活动日活动记录`,
  labels: {
    kind: '活动类型',
    id: '活动编号',
    topic: '主题',
    time: '时间',
    place: '地点',
    host: '主持人',
    recorder: '记录人',
    due: '应到',
    attended: '实到',
    invitees: '列席人员',
    absent: '缺席人员及原因',
    content: '主要内容',
    resolution: '决议或结论',
    archive: '存档资料（记录、图片、报道）',
    expense: '经费',
  },
  people: (count: number) => `${count} 人`,
  blankPeople: '____ 人',
  attended: (count: number, formal: number, probationary: number) =>
    `${count} 人（正式党员 ${formal} 人、预备党员 ${probationary} 人）`,
  blankAttended: '____ 人（正式党员 ____ 人、预备党员 ____ 人）',
  groups: {
    personalLeave: '事假',
    sickLeave: '病假',
    absent: '无故缺席',
    late: '迟到',
    leftEarly: '早退',
    unrecorded: '未登记',
  },
  group: (label: string, names: string) => `${label}：${names}`,
  none: '无',
  expense: (yuan: number) => `${yuan.toFixed(2)} 元`,
  hostSigns: '主持人（签字）：',
  recorderSigns: '记录人（签字）：',
  notHeld: '（活动尚未举行，出勤待登记）',
  notRecorded: '（出勤尚未登记；登记后重新生成本表）',
} as const;

/** Why the materials of an activity cannot be made (the command line and the pane say these). */
export const MATERIALS_APP = {
  badId: (id: string) =>
    `活动编号“${id}”格式不对；应如 2027-03-1（第 1 个固定活动日）或 2027-03-X1（增加的活动），见“活动安排”的编号列。`,
  unknown: (id: string, branch: string | undefined) =>
    branch === undefined
      ? `找不到编号为“${id}”的活动；请查看“活动安排”的编号列。`
      : `${branch}没有编号为“${id}”的活动；请查看“活动安排”的编号列。`,
  otherYear: (id: string, year: number) =>
    `活动“${id}”不在本工作簿的年度（${year}年）内；请打开该年度的工作簿，或核对活动编号。`,
  cancelled: (id: string, branch: string) =>
    `${branch}的活动“${id}”已取消（重新生成后不再安排），不能生成通知、签到表或活动记录。`,
  ambiguous: (id: string, branches: readonly string[]) =>
    `编号“${id}”的活动有 ${branches.length} 个党支部都有（${branches.join('、')}）；请用 --branch 指定党支部。`,
  monthOtherYear: (year: number, month: number, workbookYear: number) =>
    `${year}年${month}月不在本工作簿的年度（${workbookYear}年）内；请核对 --records-of-month。`,
  badMonth: (text: string) => `月份“${text}”无效；请写成如 2027-03。`,
  needBranch: '生成本月全部活动记录时请用 --branch 指定党支部。',
} as const;

export const MATERIALS_CLI = {
  activityOption: '活动编号（见“活动安排”的编号列），如 2027-03-1：写入该活动的通知表、签到表和活动记录',
  recordsOfMonthOption: '同时写入该党支部这个月的全部活动记录（每个活动一页），如 2027-03',
  summaryActivityOption: '只看这个活动（活动记录中的数字和名单），如 2027-03-1',
  recordsNeedActivity: '--records-of-month 须与 --activity 一起使用（用 --branch 指定党支部）。',
  activityWithPeriod: '--activity 不能与 --month 或 --year 同时使用。',
  noticeTitle: '活动通知：',
} as const;
