/**
 * Texts of the sheets the add-in owns: 设置, 党员名册, 节假日, 活动安排 (labels, headers, notes,
 * validation messages) and the problems found when reading them back or importing a roster.
 */
export const SHEET_TITLES = {
  settings: '设置',
  roster: '党员名册',
  holidays: '节假日',
  schedule: '活动安排',
} as const;

export const PRINT_FOOTER = '第 &P 页 共 &N 页';

// ---- 设置 ----

export const SETTINGS_SHEET = {
  title: '党员固定活动日 设置',
  note: '修改 B 列后，在助手中点“生成”即按新设置重新排期；已登记的出勤和活动记录会保留。',
  labels: {
    unit: '单位名称',
    year: '年度',
    threshold: '到会率达标线',
    weekday: '活动日（星期）',
    ordinals: '每月第几个',
    reading: '“第几个”的算法',
    policy: '遇节假日',
    requiredPerMonth: '每月至少活动次数',
    unitSecretary: '党总支书记',
    activityTime: '活动时间',
    makeUpDays: '补学期限（天）',
    unexcusedLimit: '无故缺席提示次数',
  },
  hints: {
    unit: '打印在各表页眉和汇总表标题中',
    year: '排期的年份，如 2027',
    threshold: '《实施方案》：到会率不得低于应参加党员总数的80%',
    weekday: '《实施方案》：每月第二周、第四周的星期五',
    ordinals: '填 1–5，多个用顿号或逗号分开；“末”表示最后一个',
    reading: '第N个：当月第N个星期X；第N周：当月第N个日历周（周一起算）中的星期X',
    policy: '顺延：推到之后最近的工作日；提前：提到之前最近的工作日（不出当月、不超过一周）',
    requiredPerMonth: '《实施方案》：每月至少两次',
    unitSecretary: '签在跨支部汇总表上',
    activityTime: '写入活动通知、签到表和活动记录，如 15:00；个别活动可在“活动安排”的“时间”列另填',
    makeUpDays: '请假或缺席的党员应在活动后多少天内补学；逾期未补学的在“检查”中列出',
    unexcusedLimit: '一年内无故缺席达到此次数的党员在“检查”中列出（另有连续6个月不参加的提示）',
  },
  branchHeader: ['序号', '党支部名称', '支部书记', '记录人'] as const,
  /** Column E of the branch table: the names rosters use for each branch, mapped to it at import. */
  aliasesHeader: '花名册中的名称（导入时对应到本支部，多个用顿号分隔）',
  /** Header of the hidden column that records each branch's name as generated (to recognise a rename). */
  recordedNameHeader: '生成时的名称（助手用，勿改）',
  readingLabels: { 'nth-weekday': '第N个', 'calendar-week': '第N周' } as const,
  lastOrdinal: '末',
  validation: {
    thresholdTitle: '达标线',
    threshold: '请填写 0% 到 100% 之间的百分比，如 80%。',
    weekdayTitle: '活动日',
    weekday: '请从下拉列表中选择星期一至星期日。',
    readingTitle: '算法',
    reading: '请选择“第N个”或“第N周”。',
    policyTitle: '遇节假日',
    policy: '请选择“顺延”或“提前”。',
    requiredTitle: '活动次数',
    required: '请填写 0 到 31 之间的整数。',
    makeUpDaysTitle: '补学期限',
    makeUpDays: '请填写 1 到 365 之间的整数（天）。',
    unexcusedLimitTitle: '无故缺席次数',
    unexcusedLimit: '请填写 1 到 99 之间的整数。',
    yearTitle: '年度',
    year: '请填写 2000 到 2099 之间的年份。',
  },
} as const;

// ---- 党员名册 ----

export const ROSTER_SHEET = {
  title: '党员名册',
  note: '编号用来关联出勤记录，请勿改动已有编号；新增人员编号可留空，由助手生成。类别为发展对象、积极分子、团员青年、群众代表的按列席记录，不计入到会率。',
  headers: [
    '编号',
    '姓名',
    '性别',
    '所属支部',
    '类别',
    '入党日期',
    '免参加',
    '免参加原因',
    '审批',
    '联系人',
    '免参加起',
    '免参加止',
    '在册起',
    '在册止',
    '联系电话',
    '备注',
    // Optional (党员领导干部要带头参加组织生活): added after 备注, so older rosters read as before.
    '领导干部',
  ] as const,
  validation: {
    branchTitle: '所属支部',
    branch: '请从下拉列表中选择党支部；新的党支部请先加到“设置”表的党支部列表中。',
    categoryTitle: '类别',
    category: '请从下拉列表中选择类别。',
    exemptTitle: '免参加',
    exempt: '请选择“是”或“否”（留空表示否）。',
    leaderTitle: '领导干部',
    leader: '党员领导干部请选择“是”，其他留空或选择“否”。',
    genderTitle: '性别',
    gender: '请选择“男”或“女”。',
    dateTitle: '日期',
    date: '请填写日期，如 2027-03-05。',
  },
} as const;

// ---- 节假日 ----

export const HOLIDAYS_SHEET = {
  title: (year: number) => `${year}年 节假日与调休`,
  note: '官方：国务院放假通知（助手内置）；预估：按《全国年节及纪念日放假办法》推算，通知发布后请核对；通知：在任务窗格中粘贴的国务院通知；手工：自己添加的行。要增减放假或上班的日子，请在表末添加一行，类型填“放假”“上班”或“删除”，来源填“手工”，然后重新生成。',
  headers: ['日期', '星期', '类型', '名称', '来源'] as const,
  kinds: { off: '放假', working: '上班', remove: '删除' } as const,
  sources: { official: '官方', provisional: '预估', notice: '通知', manual: '手工' } as const,
  validation: {
    typeTitle: '类型',
    type: '请选择“放假”“上班”或“删除”。',
    sourceTitle: '来源',
    source: '自己添加的行请选择“手工”。',
    dateTitle: '日期',
    date: (year: number) => `请填写 ${year} 年内的日期，如 ${year}-05-06。`,
  },
} as const;

// ---- 活动安排 ----

export const SCHEDULE_SHEET = {
  title: (unit: string, year: number) => `${unit === '' ? '' : `${unit} `}${year}年 党员固定活动日安排`,
  note: '编号、党支部、日期由助手生成；主题可从下拉列表改选；活动内容、地点、主持人、记录人、存档资料、经费、备注、时间（不填按“设置”的活动时间）、内容摘要（写入活动记录）由各支部填写，重新生成时保留。应到、实到、到会率随出勤登记表自动计算。',
  headers: [
    '编号',
    '党支部',
    '日期',
    '星期',
    '原定日期',
    '调整原因',
    '主题',
    '活动内容',
    '地点',
    '主持人',
    '记录人',
    '应到',
    '实到',
    '到会率',
    '达标',
    '存档资料（记录/图片/报道）',
    '经费（元）',
    '备注',
    '状态',
    '时间',
    '内容摘要',
  ] as const,
  met: '达标',
  notMet: '未达标',
  status: { normal: '', shifted: '已调整', provisional: '预估', cancelled: '已取消' } as const,
  cancelledReason: '重新生成后不再安排（日期或设置已变），已登记的内容保留在此',
  validation: {
    themeTitle: '主题',
    theme: '请从下拉列表中选择“5+X”主题之一。',
    expenseTitle: '经费',
    expense: '请填写不小于 0 的金额（元）。',
  },
} as const;

// ---- problems when reading back ----

export const SHEET_PROBLEMS = {
  sheetMissing: (sheet: string) => `找不到“${sheet}”工作表；请先在助手中完成“设置”。`,
  settingMissing: (label: string) => `找不到“${label}”这一行；请在 A 列恢复该项（可重新生成“设置”表）。`,
  settingBlank: (label: string) => `“${label}”为空；请填写。`,
  badYear: (text: string) => `年度“${text}”无效；请填写 2000 到 2099 之间的年份，如 2027。`,
  badThreshold: (text: string) => `到会率达标线“${text}”无效；请填写 0% 到 100% 之间的百分比，如 80%。`,
  badWeekday: (text: string) => `活动日“${text}”无法识别；请选择星期一至星期日。`,
  badOrdinals: (text: string) => `每月第几个“${text}”无法识别；请填写如“2、4”，最后一个写“末”。`,
  badReading: (text: string) => `算法“${text}”无法识别；请选择“第N个”或“第N周”。`,
  badPolicy: (text: string) => `遇节假日“${text}”无法识别；请选择“顺延”或“提前”。`,
  badActivityTime: (text: string) => `活动时间“${text}”无法识别；请填写如 15:00 的时间。`,
  badTime: (cell: string, text: string) =>
    `${cell} 的时间“${text}”无法识别为几点几分，通知和签到表中将照原样打印；如需更正请填写如 15:00 的时间。`,
  badMakeUpDays: (text: string) => `补学期限“${text}”无效；请填写 1 到 365 之间的整数（天），如 30。`,
  badUnexcusedLimit: (text: string) => `无故缺席提示次数“${text}”无效；请填写 1 到 99 之间的整数，如 3。`,
  badRequired: (text: string) => `每月至少活动次数“${text}”无效；请填写 0 到 31 之间的整数。`,
  noBranches: '党支部列表为空；请在“党支部名称”下至少填写一个党支部。',
  aliasTaken: (cell: string, alias: string) =>
    `${cell} 的花名册名称“${alias}”已是另一个党支部的名称或花名册名称，未采用（一个名称只能对应一个党支部）；请删去它，或改在对应的党支部一行填写。`,
  duplicateBranch: (name: string, firstRow: number) =>
    `党支部“${name}”与第${firstRow}行重复，已按一个党支部处理；请删除重复的一行。`,
  duplicateBranchConflict: (cell: string, name: string, firstRow: number) =>
    `${cell} 的党支部“${name}”与第${firstRow}行重复，且这一行的支部书记、记录人或花名册中的名称与第${firstRow}行不同；重新生成时重复的一行会被去掉，为免丢失所填内容，本次没有写入。请把要保留的书记、记录人填到第${firstRow}行后删除这一行，或把这一行改成另一个党支部的名称。`,
  branchBlank: (cell: string) =>
    `${cell} 的党支部名称为空，但这一行填写了支部书记或记录人；为免丢失所填内容，本次没有写入。请填写党支部名称，或清空这一行。`,
  branchRenamed: (cell: string, from: string, to: string) =>
    `${cell} 的党支部由“${from}”改名为“${to}”：党员名册、活动安排和出勤登记中的“${from}”一并改为新名称，已登记的内容保留。出勤登记表的工作表名不会自动更改，需要时可右键工作表标签重命名为“出勤-${to}”。`,
  branchRenamedTwice: (cell: string, from: string, firstCell: string) =>
    `${cell} 与 ${firstCell} 都由“${from}”改名而来，无法确定“${from}”的党员、活动和出勤记录归哪一个；为免记错，本次没有写入。请把其中一行改回“${from}”，另一行作为新党支部写在空行中。`,
  branchRenamedToOther: (cell: string, from: string, to: string, otherRow: number) =>
    `${cell} 由“${from}”改名为“${to}”，而“${to}”是第${otherRow}行党支部原来的名称；两个党支部同时换名，无法区分各自的记录，为免记错，本次没有写入。请先只改其中一个，生成后再改另一个。`,
  branchSheetName: (cell: string, name: string, reason: string, title: string) =>
    `${cell} 的党支部名称“${name}”${reason}，不能直接用作工作表名，其出勤登记表将命名为“${title}”；如希望表名完整，可改用简称（“出勤-”加名称不超过 31 个字，不含 [ ] : * ? / \\ 这些字符）。`,
  branchSheetNameTooLong: (length: number) => `加上“出勤-”共 ${length} 个字，超过工作表名 31 个字的上限`,
  branchSheetNameCharacters: (characters: string) => `含有工作表名不允许的字符 ${characters}`,
  branchSheetNameClash: (cell: string, name: string, otherCell: string, title: string) =>
    `${cell} 的党支部“${name}”与 ${otherCell} 的党支部用作工作表名时都是“${title}”，后生成的出勤登记表会自动加上序号；建议改用能区分的简称。`,
  headerNotFound: (sheet: string, missing: string) =>
    `“${sheet}”的前 10 行中找不到表头（缺少“${missing}”列）；请确认表头行含有“姓名”和“所属支部”（或“党支部”）等列名。`,
  holidayBadDate: (cell: string, text: string) =>
    `${cell} 的日期“${text}”无效；请写成 2027-05-06 这样的日期，或删除这一行。`,
  holidayOtherYear: (cell: string, date: string, year: number) =>
    `${cell} 的日期 ${date} 不在 ${year} 年；本表只用于 ${year} 年，请改正或删除这一行。`,
  holidayBadType: (cell: string, text: string) =>
    `${cell} 的类型“${text}”无法识别；请填写“放假”“上班”或“删除”。`,
  holidayDuplicate: (row: number, date: string, firstRow: number) =>
    `第${row}行的 ${date} 与第${firstRow}行重复；请只保留一行。`,
  scheduleNoId: (row: number) =>
    `第${row}行没有编号，但填写了内容；编号用来关联活动，请恢复编号（或把内容移到有编号的行）。`,
  scheduleNoBranch: (row: number) => `第${row}行没有党支部；请恢复党支部名称。`,
  extraNoDate: (row: number) =>
    `第${row}行是新增的活动（X），但没有有效的日期，本次未安排；请在“日期”列填写如 2027-05-20 的日期后重新生成。`,
  extraOtherYear: (row: number, date: string, year: number) =>
    `第${row}行新增活动的日期 ${date} 不在 ${year} 年，本次未安排；请改为 ${year} 年的日期。`,
  extraUnknownBranch: (row: number, branch: string) =>
    `第${row}行新增活动的党支部“${branch}”不在“设置”的党支部列表中，本次未安排；请改为列表中的党支部名称，或先在“设置”中添加该党支部。`,
  scheduleDuplicate: (row: number, branch: string, id: string, firstRow: number) =>
    `第${row}行（${branch} ${id}）与第${firstRow}行重复；两行的内容已合并，请删除多余的一行。`,
  badTheme: (cell: string, text: string) =>
    `${cell} 的主题“${text}”无法识别，本次按原主题安排；请从下拉列表中选择。`,
  badExpense: (cell: string, text: string) =>
    `${cell} 的经费“${text}”不是金额，已按文字保留在备注中；请填写数字。`,
} as const;

// ---- rows kept because they could not be read ----

/** The marker on a row that is kept as typed until the user fixes it, and the short reasons. */
export const KEPT_ROW = {
  status: '待更正',
  marker: (reason: string) => `待更正：${reason}`,
  schedule: {
    noDate: '没有有效的日期，未安排',
    otherYear: (year: number) => `日期不在 ${year} 年，未安排`,
    unknownBranch: '党支部不在“设置”的党支部列表中，未安排',
    noId: '没有编号，内容未关联到活动',
    noBranch: '没有党支部，内容未关联到活动',
  },
  holidays: {
    badDate: '日期无效，未使用',
    otherYear: (year: number) => `日期不在 ${year} 年，未使用`,
    badType: '类型不是“放假”“上班”或“删除”，未使用',
    duplicate: (date: string) => `${date} 已有一行，未使用`,
  },
  header: '状态',
  note: '标“待更正”的行是无法识别、未被使用的行，已原样保留；请按“状态”（或“备注”）列的提示改正后重新生成。',
} as const;

// ---- columns the user added to an owned sheet ----

export const USER_COLUMNS = {
  /** 节假日: the row that keeps the user's cells of a date no longer in the list. */
  holidayGone: '此日期已不在节假日表中，右侧自填列的内容保留在本行',
  holidayGoneProblem: (row: number, date: string) =>
    `第${row}行：${date} 已不在节假日表中，该行右侧自填列的内容已保留；不再需要时可删除这一行。`,
  /** 党员名册: the row that keeps the user's cells of a member id no longer on the roster. */
  memberGone: (id: string) => `编号 ${id} 已不在名册中，右侧自填列的内容保留在本行`,
} as const;

// ---- roster import ----

export const IMPORT_TEXT = {
  noRows: (source: string) => `“${source}”中没有人员数据；请确认表头下面有名单。`,
  unknownColumns: (source: string, columns: string) =>
    `“${source}”中这些列未导入：${columns}（本助手不需要这些信息）。`,
  defaultBranchUsed: (source: string, branch: string) =>
    `“${source}”没有“所属支部”列，全部人员按“${branch}”导入。`,
} as const;

// ---- generating the workbook ----

export const GENERATE_TEXT = {
  settingsSheet: SHEET_TITLES.settings,
  rosterSheet: SHEET_TITLES.roster,
  settingsUnreadable:
    '“设置”表中有无法识别或需要改正的设置，为免排错活动日、丢失已填内容，本次没有写入任何内容。请按下列提示改正后重新生成。',
  noBranches: '还没有任何党支部：请导入含“所属支部”列的名册，或在“设置”表的党支部列表中填写党支部。',
  /** An import without some optional columns: what 党员名册 had for them is kept. */
  detailsKept: (names: readonly string[]) =>
    `导入的名册没有${names.map((name) => `“${name}”`).join('')}列：这些内容按“党员名册”中已填的保留；如需修改，请直接在“党员名册”中改。`,
  memberMissing: (name: string, branch: string, id: string) =>
    `${name}（${branch}，编号 ${id}）不在本次导入的名单中，已保留在党员名册中，出勤记录不变；如已转出，请在“在册止”填写转出日期。`,
} as const;

// ---- party-day generate ----

export const GENERATE_CLI = {
  description:
    '导入名册，生成（或更新）党员固定活动日工作簿：设置、党员名册、节假日、活动安排和各支部出勤登记表',
  usage: '--members 名册.csv|名册.xlsx --year 2027 [--into 原工作簿.xlsx] --out 结果.xlsx [--unit 单位名称]',
  options: {
    members: '名册文件：CSV（UTF-8 或 GB18030）或 .xlsx（读取名为“花名册”等的工作表，否则第一个工作表）',
    year: '年度，如 2027',
    into: '写入这个已有的工作簿（原文件不改动，结果另存到 --out）',
    out: '结果保存到这个 .xlsx 文件',
    unit: '单位名称，打印在页眉和标题中',
    asOf: '统计截止日期，如 2027-03-31：生成后按此日检查出勤（到会率未达标、未登记、连续缺席等）并列出提示；默认今天（北京时间）',
  },
  missingMembers: '请用 --members 指定名册文件，如 --members 名册.csv。',
  membersMissing: (path: string) => `找不到名册文件“${path}”，请检查文件路径。`,
  missingOut: '请用 --out 指定结果文件，如 --out 结果.xlsx。',
  badAsOf: (text: string) => `--as-of 的日期“${text}”无效，请写成 2027-03-31 这样的日期。`,
  badMembersType: (path: string) =>
    `名册“${path}”不是 .csv 或 .xlsx 文件；请在 Excel 中另存为 CSV 或 Excel 工作簿后再试。`,
  noSheet: (path: string) => `“${path}”中没有工作表。`,
  importedFrom: (path: string, sheet: string | null, encoding: string | null, count: number) =>
    `从“${path}”${sheet === null ? '' : `的“${sheet}”工作表`}${encoding === null ? '' : `（${encoding}）`}导入 ${count} 人。`,
  problemsTitle: (count: number) => `以下 ${count} 处需要注意（有问题的行未导入，其余已生成）：`,
  written: (path: string) => `已保存到 ${path}：`,
  sheetLine: (name: string, created: boolean) => `  ${created ? '新建' : '更新'}工作表“${name}”`,
  summary: (branches: number, members: number, activities: number, cancelled: number) =>
    `共 ${branches} 个党支部、${members} 人、${activities} 次活动${cancelled > 0 ? `；${cancelled} 次已取消的活动保留了登记内容` : ''}。`,
  warningsTitle: (asOf: string) => `提示（出勤统计截至 ${asOf}）：`,
  nothingWritten: '没有写入任何文件。',
} as const;

/** The member details kept from 党员名册 when an import has no column for them, as the roster names them. */
export const KEPT_DETAIL_NAMES = {
  gender: '性别',
  joinedParty: '入党日期',
  onRosterFrom: '在册起',
  onRosterTo: '在册止',
  exemption: '免参加',
  phone: '联系电话',
  note: '备注',
  leader: '领导干部',
} as const;
