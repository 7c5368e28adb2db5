/**
 * The input fields as the forms label them, in both languages: validation messages name a field
 * the way its user read it ("Title (English)", not "titleEn"). Internal fields (ids a client
 * sends, channel addresses) keep their names.
 */
export const FIELD_LABELS: Readonly<Record<string, { en: string; zh: string }>> = {
  acronym: { en: "Acronym", zh: "簡稱" },
  adoptedOn: { en: "Adoption date", zh: "採用日期" },
  bodyEn: { en: "Message (English)", zh: "內容（英文）" },
  bodyZh: { en: "Message (Chinese)", zh: "內容（中文）" },
  capacity: { en: "Capacity", zh: "名額" },
  closesAtMin: { en: "Closing time", zh: "關門時間" },
  companyIds: { en: "Companies", zh: "公司" },
  day: { en: "Day", zh: "日期" },
  decision: { en: "Decision", zh: "決定" },
  description: { en: "Description", zh: "描述" },
  digestMode: { en: "Digest", zh: "摘要" },
  displayName: { en: "Name", zh: "名稱" },
  email: { en: "Email", zh: "電郵" },
  endDate: { en: "End date", zh: "結束日期" },
  endsAt: { en: "Ends", zh: "結束" },
  extra: { en: "Expected outcome or use cases", zh: "預期成果或應用場景" },
  feedbackToProvider: { en: "Feedback to the company", zh: "給公司的意見" },
  findings: { en: "Findings", zh: "結果" },
  findingsEn: { en: "Findings (English)", zh: "結果（英文）" },
  findingsZh: { en: "Findings (Chinese)", zh: "結果（中文）" },
  from: { en: "From", zh: "由" },
  governmentOrgId: { en: "Bureau / department", zh: "政策局／部門" },
  granularity: { en: "Per", zh: "每" },
  key: { en: "Number", zh: "指標" },
  location: { en: "Location", zh: "地點" },
  nameEn: { en: "English name", zh: "英文名稱" },
  nameZh: { en: "Chinese name", zh: "中文名稱" },
  needId: { en: "Service need", zh: "服務需求" },
  notes: { en: "Notes", zh: "備註" },
  opensAtMin: { en: "Opening time", zh: "開門時間" },
  organisationId: { en: "Bureau / department or company", zh: "機構" },
  outcome: { en: "Outcome", zh: "成果" },
  password: { en: "Password", zh: "密碼" },
  perYear: { en: "Yearly target", zh: "每年目標" },
  pitch: { en: "Pitch", zh: "簡介" },
  purpose: { en: "Purpose", zh: "用途" },
  quantity: { en: "Quantity", zh: "數量" },
  quietHours: { en: "Quiet hours", zh: "靜音時段" },
  reason: { en: "Reason", zh: "原因" },
  registrationClosesAt: { en: "Registration closes", zh: "截止登記" },
  registrationOpensAt: { en: "Registration opens", zh: "開始登記" },
  resourceId: { en: "Facility", zh: "設施" },
  role: { en: "Role", zh: "角色" },
  scale: { en: "Scale", zh: "規模" },
  scheduledAt: { en: "Date and time", zh: "日期及時間" },
  solutionId: { en: "Solution", zh: "方案" },
  startDate: { en: "Start date", zh: "開始日期" },
  startsAt: { en: "Starts", zh: "開始" },
  status: { en: "Status", zh: "狀態" },
  techArea: { en: "Technology area", zh: "科技範疇" },
  techAreas: { en: "Technology areas", zh: "科技範疇" },
  text: { en: "Words", zh: "字詞" },
  theme: { en: "Theme (English)", zh: "主題（英文）" },
  themeZh: { en: "Theme (Chinese)", zh: "主題（中文）" },
  title: { en: "Title", zh: "標題" },
  titleEn: { en: "Title (English)", zh: "標題（英文）" },
  titleZh: { en: "Title (Chinese)", zh: "標題（中文）" },
  to: { en: "To", zh: "至" },
  topics: { en: "Topics", zh: "主題" },
  validDays: { en: "Days valid", zh: "有效日數" },
  venue: { en: "Venue", zh: "地點" },
  website: { en: "Website", zh: "網站" },
};

/** Messages of the schemas' own rules (refinements), in both languages. */
export const RULE_MESSAGES: Readonly<Record<string, { en: string; zh: string }>> = {
  "opening must be before closing": { en: "must be after the opening time", zh: "必須遲於開門時間" },
  "a calendar shows at most two months, from before to": {
    en: "a calendar shows at most two months, and must end after it starts",
    zh: "日曆最多顯示兩個月，且結束必須遲於開始",
  },
  "from must be before to": { en: "must be after the start", zh: "必須遲於開始" },
  "range is limited to 50 years": { en: "the range may be 50 years at most", zh: "範圍最長為 50 年" },
};

/** Record statuses as people read them (errors never show SCHEDULED or IN_PROGRESS). */
export const STATUS_NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  DRAFT: { en: "a draft", zh: "草稿" },
  SUBMITTED: { en: "waiting for review", zh: "待審核" },
  PUBLISHED: { en: "published", zh: "已發佈" },
  REJECTED: { en: "not published", zh: "未獲發佈" },
  WITHDRAWN: { en: "withdrawn", zh: "已撤回" },
  CLOSED: { en: "closed", zh: "已結束" },
  SUGGESTED: { en: "suggested", zh: "建議中" },
  CONFIRMED: { en: "confirmed", zh: "已確認" },
  DISMISSED: { en: "dismissed", zh: "已撤銷" },
  PLANNED: { en: "planned", zh: "已計劃" },
  HELD: { en: "held", zh: "已舉行" },
  CANCELLED: { en: "cancelled", zh: "已取消" },
  SCHEDULED: { en: "scheduled", zh: "已排期" },
  IN_PROGRESS: { en: "in progress", zh: "進行中" },
  COMPLETED: { en: "completed", zh: "已完成" },
  ABANDONED: { en: "abandoned", zh: "已放棄" },
};

/** What could not be done to a record, in Chinese. */
export const ACTIONS_ZH: Readonly<Record<string, string>> = {
  cancelled: "取消",
  changed: "更改",
  closed: "結束",
  decided: "作出決定",
  "marked held": "標示為已舉行",
  reviewed: "審核",
  shown: "顯示",
};

/** Roles as people call them, for messages. */
export const ROLE_NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  ADMIN: { en: "lab staff", zh: "實驗室職員" },
  MANAGER: { en: "management", zh: "管理層" },
  OFFICER: { en: "B/D officer", zh: "政策局／部門人員" },
  VENDOR: { en: "company staff", zh: "公司人員" },
  SUBSCRIBER: { en: "subscriber", zh: "訂閱者" },
};
