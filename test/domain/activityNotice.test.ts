import { activityNoticeText } from '../../src/domain/activityNotice';
import { day } from './attendanceHelpers';

const BRANCH = '机关第一党支部';
const activity = { branch: BRANCH, date: day('2027-03-15'), theme: 'study' as const };

describe('活动通知', () => {
  it('gives the topic, the date with its weekday and the activity’s own time, the place, the policy’s rules', () => {
    const text = activityNoticeText({
      activity,
      details: {
        branch: BRANCH,
        activityId: '2027-03-1',
        topic: '学习党章第九条',
        place: '三楼会议室',
        time: '14:30',
      },
      defaultTime: '15:00',
      threshold: 0.8,
      issuedOn: day('2027-03-08'),
    });
    expect(text).toBe(
      [
        '关于开展党员固定活动日活动的通知',
        '',
        '机关第一党支部全体党员：',
        '根据《党员固定活动日制度实施方案》，定于2027年3月15日（星期一）14:30开展党员固定活动日活动。现将有关事项通知如下：',
        '一、主题：学习党章第九条（党员学习教育日）',
        '二、时间：2027年3月15日（星期一）14:30',
        '三、地点：三楼会议室',
        '四、要求',
        '1. 原则上全体党员都要参加。党员无特殊情况不得无故迟到、早退，或不参加活动。',
        '2. 因事因病不能参加的，必须经党支部批准，请于活动前向党支部请假。',
        '3. 每次开展活动的党员到会率不得低于应参加党员总数的80%。',
        '4. 年老体弱、卧病在床经党支部同意不参加的党员，由联系人传达活动的内容和精神。',
        '',
        '机关第一党支部',
        '2027年3月8日',
      ].join('\n'),
    );
  });

  it('falls back to 设置’s time, the theme day and 另行通知 when the branch has entered nothing', () => {
    const text = activityNoticeText({
      activity: { ...activity, theme: 'visit' },
      defaultTime: '15:00',
      threshold: 0.9,
      issuedOn: day('2027-03-10'),
    });
    expect(text.split('\n').slice(3, 7)).toEqual([
      '根据《党员固定活动日制度实施方案》，定于2027年3月15日（星期一）15:00开展党员固定活动日活动。现将有关事项通知如下：',
      '一、主题：党员走访联系日',
      '二、时间：2027年3月15日（星期一）15:00',
      '三、地点：另行通知',
    ]);
    expect(text).toContain('不得低于应参加党员总数的90%。');
  });
});
