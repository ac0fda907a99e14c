/**
 * Texts of the 出勤登记 sheets (one per branch): title, legend, headers, figure labels, the
 * drop-down's prompt and the problems found when reading a grid back. Codes and their words follow
 * the policy (四、3: 不得无故迟到、早退或不参加；因事因病不能参加的，必须经党支部批准).
 */
import type { CalendarDate } from '../domain/date';

/** The wanted sheet name before Excel's rules are applied (≤ 31 characters, no []:*?/\). */
export const attendanceSheetName = (branch: string): string => `出勤-${branch}`;

export const ATTENDANCE_SHEET = {
  title: (unit: string, branch: string, year: number) =>
    `${unit === '' ? '' : `${unit} `}${branch} ${year}年 党员固定活动日出勤登记`,
  legend:
    '代码：√ 出席　迟 迟到　早 早退　事 事假　病 病假　× 缺席　免 免参加（须在党员名册登记）。' +
    '请假、缺席可在代码后写明事由，如“事：看病”。灰底：当天不计应到（未在册、免参加、列席人员）；' +
    '红底：缺席；黄底：事假、病假；橙底：不是标准代码，表内公式不计（助手按规则识别，生成后请改正）。',
  /** Column A of the hidden row that carries each activity's id: the key the add-in reads back by. */
  idRowMarker: '活动编号',
  /**
   * Written in the hidden id row (column B): the branch the sheet belongs to, so the sheet stays
   * with its branch when branches are reordered or added in 设置.
   */
  branchRecord: (branch: string) => `党支部：${branch}`,
  branchRecordPrefix: /^党支部\s*[:：]\s*/,
  headers: {
    id: '编号',
    name: '姓名',
    category: '类别',
    status: '在册与免参加',
    counted: '计入应到',
    onRosterFrom: '在册起',
    onRosterTo: '在册止',
    exemptFrom: '免参加起',
    exemptTo: '免参加止',
    theme: '主题',
    shift: '调整',
  },
  totals: {
    title: '本年合计（已登记的活动）',
    due: '应参加',
    attended: '实到',
    leave: '请假',
    absent: '缺席',
    rate: '到会率',
  },
  figures: {
    due: '应到',
    attended: '实到',
    late: '迟到',
    leftEarly: '早退',
    leave: '请假',
    absent: '缺席',
    unrecorded: '未登记',
    invalid: '无效',
    invitees: '列席',
    rate: '到会率',
    met: '达标',
    recorded: '登记状态',
  },
  met: '达标',
  notMet: '未达标',
  /** 到会率 and 达标 of an activity with nothing recorded: not 0%. */
  unrecorded: '未登记',
  /** 达标 of a partly recorded activity the entries still missing could decide. */
  undecidedBlank: '待补登',
  /** 达标 the unreadable (orange) entries could decide. */
  undecidedInvalid: '待核实',
  /** Number format of the 登记状态 row: 1 once someone due has an entry, 0 before; blank when nobody is due. */
  recordedFormat: '"已登记";;"待登记"',
  shifted: (reason: string | null) => (reason === null || reason === '' ? '已调整日期' : reason),
  orphansTitle: '已取消活动（保留已登记内容，不计入统计）',
  orphanHeader: '已取消',
  orphanNoDate: '日期不详',
  formerMember: '（名册中已无此人）',
  formerMemberCategory: '已移出名册',
  noMembers: '（本支部名册中暂无人员；导入名册后重新生成本表）',
  status: {
    from: (date: CalendarDate) => `${date} 起在册`,
    to: (date: CalendarDate) => `在册至 ${date}`,
    exempt: (from: CalendarDate | undefined, to: CalendarDate | undefined) =>
      from === undefined && to === undefined ? '免参加' : `免参加（${from ?? '…'} 至 ${to ?? '…'}）`,
    invitee: '列席，不计应到',
  },
  validation: {
    errorTitle: '出勤代码',
    error:
      '不是下拉列表中的出勤代码。请选择 √ 迟 早 事 病 × 免；写事由请用“代码：事由”，如“事：看病”。' +
      '点“是”保留所填内容（非标准写法显示为橙底，表内公式不计）。',
    prompt: '√出席 迟迟到 早早退 事事假 病病假 ×缺席 免免参加。写事由：事：看病',
  },
};

export const ATTENDANCE_PROBLEMS = {
  noIdRow: (sheet: string) =>
    `“${sheet}”中找不到隐藏的“活动编号”行，无法按活动读取出勤；请在助手中重新生成本支部的出勤登记表（已登记内容请先另存）。`,
  noMemberId: (row: number) =>
    `第${row}行填有出勤记录，但 A 列没有党员编号，无法对应到党员；请在 A 列填回该党员的编号（见党员名册），或把记录移到该党员所在行。`,
  duplicateMember: (cell: string, id: string, firstRow: number) =>
    `${cell} 的编号“${id}”与第${firstRow}行重复；两行的记录都已读取并合并，请删除多余的一行。`,
  duplicateActivity: (cell: string, id: string, firstCell: string) =>
    `${cell} 的活动编号“${id}”与 ${firstCell} 重复；两列的记录都已读取并合并，请在助手中重新生成本表。`,
  noBranch: (sheet: string) =>
    `“${sheet}”没有记录所属党支部（隐藏的“活动编号”行中的“党支部：…”），也对应不到“设置”中的党支部，其出勤记录未读取，工作表保持原样；请在该行 B 列填写“党支部：支部名称”后重新生成。`,
  sameBranch: (sheet: string, branch: string, first: string) =>
    `“${sheet}”与“${first}”都记录为“${branch}”的出勤登记表；两表的记录都已读取并合并写入“${first}”，“${sheet}”保持原样，核对后可删除。`,
  /** Text typed in the sheet's own columns outside every member row: not kept by a regeneration. */
  strayText: (cell: string, texts: readonly string[]) =>
    `${cell}${texts.length > 1 ? ' 所在行' : ' '}的“${texts.join('”“')}”不在任何党员的行中，不是出勤记录，重新生成出勤登记表时不保留；如需留存，请写在表格最右侧新增的一列中（随所在行保留），或写在其他工作表。`,
  /**
   * A code in a merged area over more than one member-activity cell: it counts for the top-left
   * cell only; the regenerated sheet is unmerged with the code kept in that cell.
   */
  mergedMark: (merged: {
    range: string;
    cell: string;
    code: string;
    member: string;
    activity: string;
    /** The other cells the area covers: activities of the same member (member null) or of another. */
    unrecorded: ReadonlyArray<{ member: string | null; activities: readonly string[] }>;
  }) => {
    const others = merged.unrecorded
      .map(({ member, activities }) => `${member === null ? '' : `${member}的`}活动 ${activities.join('、')}`)
      .join('，');
    return (
      `${merged.range} 是合并单元格，其中的“${merged.code}”只计入左上角单元格 ${merged.cell}，` +
      `即${merged.member}的第一项活动 ${merged.activity}；合并范围内的${others} 未登记，不计入统计。` +
      `重新生成出勤登记表时取消合并，“${merged.code}”保留在 ${merged.cell}；如其他活动也是“${merged.code}”，请在各自的单元格中分别填写。`
    );
  },
  /** Activities 活动安排 lists for the branch whose column the 出勤 sheet no longer has. */
  missingActivityColumns: (sheet: string, activities: readonly string[]) =>
    `“${sheet}”中没有活动 ${activities.join('、')}的列（隐藏的“活动编号”行中找不到该编号），可能整列被删除了：` +
    `该列登记过的出勤已不在表中，助手无法找回（可按 Ctrl+Z 撤销删除，或按签到表重新登记）。` +
    `重新生成出勤登记表时，该活动的列按空白写回，其他各列及已登记的内容不受影响。`,
  /** A column inserted among the sheet's own: kept as one of the user's columns, never counted. */
  insertedColumn: (letters: string, idCell: string, texts: readonly string[]) =>
    `${letters} 列是插入在本表各列之间的列（${idCell} 没有活动编号），不是活动列：其中的“${texts.join('”“')}”等内容不计入任何活动的统计。` +
    `重新生成出勤登记表时，该列连同表头和各党员行的内容作为自加列保留，移到表格最右侧；如要登记某次活动的出勤，请把代码填到该活动的列中。`,
};
