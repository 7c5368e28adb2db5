import type { Language } from "@innolab/core";

/** Every text the bot shows, in both languages. `{name}` placeholders take parameters. */
const messages = {
  welcome: {
    en: "Welcome to InnoLab, the Smart Government Innovation Lab. Find service needs and I&T solutions, register for technology forums and follow what interests you.",
    "zh-HK": "歡迎使用智慧政府創新實驗室 InnoLab。你可以瀏覽服務需求及創科方案、登記科技論壇及訂閱資訊。",
  },
  menu: { en: "What would you like to do?", "zh-HK": "請選擇：" },
  "menu.needs": { en: "Service needs", "zh-HK": "服務需求" },
  "menu.solutions": { en: "I&T solutions", "zh-HK": "創科方案" },
  "menu.forums": { en: "Technology forums", "zh-HK": "科技論壇" },
  "menu.subscriptions": { en: "Subscriptions", "zh-HK": "訂閱" },
  "menu.myNeeds": { en: "My service needs", "zh-HK": "我的服務需求" },
  "menu.mySolutions": { en: "My solutions", "zh-HK": "我的方案" },
  "menu.newNeed": { en: "Submit a need", "zh-HK": "提交需求" },
  "menu.newSolution": { en: "Submit a solution", "zh-HK": "提交方案" },
  "menu.link": { en: "Link my organisation", "zh-HK": "連結所屬機構" },
  "menu.language": { en: "中文", "zh-HK": "English" },
  "menu.help": { en: "Help", "zh-HK": "說明" },
  back: { en: "« Menu", "zh-HK": "« 主選單" },
  prev: { en: "‹ Previous", "zh-HK": "‹ 上一頁" },
  next: { en: "Next ›", "zh-HK": "下一頁 ›" },
  allAreas: { en: "All areas", "zh-HK": "所有範疇" },
  "list.needs": {
    en: "Service needs{area} — page {page} of {pages} ({total} in all)",
    "zh-HK": "服務需求{area}——第 {page}/{pages} 頁（共 {total} 項）",
  },
  "list.solutions": {
    en: "I&T solutions{area} — page {page} of {pages} ({total} in all)",
    "zh-HK": "創科方案{area}——第 {page}/{pages} 頁（共 {total} 項）",
  },
  "list.searchNeeds": {
    en: "Service needs matching “{text}” — page {page} of {pages} ({total} in all)",
    "zh-HK": "與「{text}」相符的服務需求——第 {page}/{pages} 頁（共 {total} 項）",
  },
  "list.searchSolutions": {
    en: "I&T solutions matching “{text}” — page {page} of {pages} ({total} in all)",
    "zh-HK": "與「{text}」相符的創科方案——第 {page}/{pages} 頁（共 {total} 項）",
  },
  "search.title": { en: "Results for “{text}”", "zh-HK": "「{text}」的搜尋結果" },
  "search.needs": { en: "Service needs ({total})", "zh-HK": "服務需求（{total} 項）" },
  "search.solutions": { en: "I&T solutions ({total})", "zh-HK": "創科方案（{total} 項）" },
  "search.allNeeds": { en: "All {total} needs", "zh-HK": "全部 {total} 項需求" },
  "search.allSolutions": { en: "All {total} solutions", "zh-HK": "全部 {total} 項方案" },
  "search.none": {
    en: "Nothing matches “{text}”. Try other words, or pick from the menu.",
    "zh-HK": "沒有與「{text}」相符的結果。請試其他字詞，或從主選單選擇。",
  },
  "list.empty": { en: "Nothing here yet.", "zh-HK": "暫時未有資料。" },
  "list.filter": { en: "Filter by area", "zh-HK": "按範疇篩選" },
  "detail.status": { en: "Status: {status}", "zh-HK": "狀態：{status}" },
  "detail.areas": { en: "Areas: {areas}", "zh-HK": "範疇：{areas}" },
  "detail.suggestions": { en: "Suggested matches", "zh-HK": "建議配對" },
  "suggestions.title": { en: "Suggested matches for {ref}:", "zh-HK": "{ref} 的建議配對：" },
  "suggestions.none": { en: "No suggestions yet.", "zh-HK": "暫時未有建議。" },
  "forums.title": { en: "Upcoming technology forums:", "zh-HK": "即將舉行的科技論壇：" },
  "forums.none": { en: "No upcoming forums.", "zh-HK": "暫時沒有即將舉行的論壇。" },
  "forums.mine": { en: "My registrations", "zh-HK": "我的登記" },
  "forum.detail": {
    en: "{title}\nTheme: {theme}\nWhen: {when}\nWhere: {venue}\nSeats left: {seats}",
    "zh-HK": "{title}\n主題：{theme}\n日期：{when}\n地點：{venue}\n餘額：{seats}",
  },
  "forum.register": { en: "Register", "zh-HK": "登記" },
  "forum.cancel": { en: "Cancel my registration", "zh-HK": "取消登記" },
  "forum.calendar": { en: "Calendar file", "zh-HK": "行事曆檔案" },
  "forum.registered": {
    en: "You are registered for {title}. Your check-in code: {code}",
    "zh-HK": "你已登記 {title}。簽到碼：{code}",
  },
  "forum.waitlisted": {
    en: "{title} is full: you are on the waitlist and will be told if a seat frees up.",
    "zh-HK": "{title} 已滿額：你已列入候補名單，有餘位時會通知你。",
  },
  "forum.cancelled": { en: "Your registration for {title} is cancelled.", "zh-HK": "你已取消 {title} 的登記。" },
  "forum.myNone": { en: "You have no registrations.", "zh-HK": "你沒有任何登記。" },
  "forum.signInFirst": { en: "Say /start first so that we know who you are.", "zh-HK": "請先輸入 /start。" },
  "subs.title": {
    en: "Tap a topic to subscribe or unsubscribe (✓ = subscribed):",
    "zh-HK": "點選主題以訂閱或取消（✓ = 已訂閱）：",
  },
  "subs.NEW_NEEDS": { en: "New service needs", "zh-HK": "新服務需求" },
  "subs.NEW_SOLUTIONS": { en: "New solutions", "zh-HK": "新創科方案" },
  "subs.FORUMS": { en: "Technology forums", "zh-HK": "科技論壇" },
  "link.ask": {
    en: "Type the invitation code you received from the lab (for example K7QM-2XHP).",
    "zh-HK": "請輸入實驗室發出的邀請碼（例如 K7QM-2XHP）。",
  },
  "link.done": { en: "Linked: you are now {role} of {org}.", "zh-HK": "已連結：你現為 {org} 的{role}。" },
  "role.OFFICER": { en: "an officer", "zh-HK": "人員" },
  "role.VENDOR": { en: "a vendor", "zh-HK": "供應商代表" },
  "role.SUBSCRIBER": { en: "a subscriber", "zh-HK": "訂閱者" },
  "role.ADMIN": { en: "lab staff", "zh-HK": "實驗室職員" },
  "role.MANAGER": { en: "a manager", "zh-HK": "管理層" },
  "form.title": { en: "Step 1 of 4 — the title (up to 200 characters):", "zh-HK": "第 1/4 步——標題（最多 200 字）：" },
  "form.description": {
    en: "Step 2 of 4 — describe it (up to 5,000 characters):",
    "zh-HK": "第 2/4 步——詳細描述（最多 5,000 字）：",
  },
  "form.areas": {
    en: "Step 3 of 4 — choose technology areas (tap to toggle), then Continue:",
    "zh-HK": "第 3/4 步——選擇科技範疇（點選切換），然後按「繼續」：",
  },
  "form.extra.need": { en: "Step 4 of 4 — the expected outcome:", "zh-HK": "第 4/4 步——預期成果：" },
  "form.extra.solution": { en: "Step 4 of 4 — use cases:", "zh-HK": "第 4/4 步——應用例子：" },
  "form.review": {
    en: "Please check before sending:\n\nTitle: {title}\nDescription: {description}\nAreas: {areas}\n{extraLabel}: {extra}",
    "zh-HK": "請在提交前檢查：\n\n標題：{title}\n描述：{description}\n範疇：{areas}\n{extraLabel}：{extra}",
  },
  "form.extraLabel.need": { en: "Expected outcome", "zh-HK": "預期成果" },
  "form.extraLabel.solution": { en: "Use cases", "zh-HK": "應用例子" },
  "form.continue": { en: "Continue", "zh-HK": "繼續" },
  "form.send": { en: "Send", "zh-HK": "提交" },
  "form.edit": { en: "Start over", "zh-HK": "重新填寫" },
  "form.cancel": { en: "Cancel", "zh-HK": "取消" },
  "form.cancelled": { en: "Cancelled. Nothing was saved.", "zh-HK": "已取消，沒有儲存任何內容。" },
  "form.sent": {
    en: "Sent for review. Your reference: {ref}. You will be told when the lab publishes it.",
    "zh-HK": "已提交審核。參考編號：{ref}。實驗室發佈後會通知你。",
  },
  "form.expired": {
    en: "Your unfinished form expired; nothing was saved. Start again from the menu.",
    "zh-HK": "你未完成的表格已過期，沒有儲存任何內容。請由主選單重新開始。",
  },
  "form.unknownArea": {
    en: "That technology area is not offered any more. Choose from this list:",
    "zh-HK": "該科技範疇已不再提供，請在以下清單選擇：",
  },
  "form.tooManyAreas": {
    en: "Choose at most {max} technology areas; tap one to remove it first.",
    "zh-HK": "最多可選擇 {max} 個科技範疇，請先點選移除其中一個。",
  },
  "form.pickArea": { en: "Choose at least one technology area.", "zh-HK": "請最少選擇一個科技範疇。" },
  "input.empty": { en: "That was empty — please type some text.", "zh-HK": "內容是空白的，請輸入文字。" },
  "input.tooLong": {
    en: "That is {length} characters; the limit here is {max}. Please shorten it.",
    "zh-HK": "內容有 {length} 字，上限為 {max} 字，請刪減。",
  },
  "input.notText": {
    en: "I can only read text here — stickers, photos and files are not understood.",
    "zh-HK": "這裡只接受文字，未能處理貼圖、相片或檔案。",
  },
  "input.unknown": {
    en: "Sorry, I did not understand that. Here is the menu — or type /help.",
    "zh-HK": "抱歉，我不明白。以下是主選單，亦可輸入 /help。",
  },
  "input.stale": {
    en: "That button is no longer valid. Here is the menu.",
    "zh-HK": "該按鈕已失效。以下是主選單。",
  },
  "role.needed": {
    en: "This is for {role}. Link your organisation with an invitation code first.",
    "zh-HK": "此功能只供{role}使用，請先以邀請碼連結所屬機構。",
  },
  help: {
    en: "Commands:\n/start — menu (with an invitation code: /start CODE)\n/needs — service needs (/needs WORDS searches them)\n/solutions — I&T solutions (/solutions WORDS)\n/forums — technology forums\n/subscriptions — what you receive\n/language — 中文 / English\n/help — this list\nOr type any words to search needs and solutions.",
    "zh-HK":
      "指令：\n/start — 主選單（附邀請碼：/start 邀請碼）\n/needs — 服務需求（/needs 字詞 可搜尋）\n/solutions — 創科方案（/solutions 字詞）\n/forums — 科技論壇\n/subscriptions — 訂閱\n/language — English / 中文\n/help — 本說明\n亦可直接輸入字詞搜尋需求及方案。",
  },
  "language.set": { en: "Language: English.", "zh-HK": "語言：繁體中文。" },
  "error.unexpected": {
    en: "Sorry, something went wrong on our side. Nothing was changed; please try again.",
    "zh-HK": "抱歉，系統出現問題，沒有任何更改，請再試一次。",
  },
  "menu.review": { en: "Review queue", "zh-HK": "待審批" },
  "menu.kpi": { en: "KPI summary", "zh-HK": "關鍵指標摘要" },
  "review.queue": { en: "{total} waiting for review (oldest first):", "zh-HK": "共 {total} 項待審批（最舊的先列）：" },
  "review.empty": { en: "Nothing is waiting for review.", "zh-HK": "沒有待審批的項目。" },
  "review.item": {
    en: "{ref} {title}\nFrom: {org}\n\n{description}",
    "zh-HK": "{ref} {title}\n提交機構：{org}\n\n{description}",
  },
  "review.publish": { en: "Publish", "zh-HK": "發布" },
  "review.reject": { en: "Reject", "zh-HK": "拒絕" },
  "review.reason": {
    en: "Why is it rejected? The submitter is told your reason. (/cancel to stop)",
    "zh-HK": "拒絕原因是甚麼？提交者會收到你的原因。（輸入 /cancel 取消）",
  },
  "review.published": { en: "Published {ref}. Subscribers are alerted.", "zh-HK": "已發布 {ref}，並已通知訂閱者。" },
  "review.rejected": {
    en: "Rejected {ref}; the submitter is told why.",
    "zh-HK": "已拒絕 {ref}，並已通知提交者原因。",
  },
  "kpi.title": {
    en: "The last 12 months (against the 12 before):",
    "zh-HK": "過去 12 個月（與之前 12 個月比較）：",
  },
  "kpi.governments": { en: "Participating B/Ds", "zh-HK": "參與的政策局／部門" },
  "kpi.companies": { en: "Participating IT companies", "zh-HK": "參與的資訊科技公司" },
  "kpi.forumsHeld": { en: "Forums held", "zh-HK": "已舉行論壇" },
  "kpi.forumAttendance": { en: "Forum attendance", "zh-HK": "論壇出席人次" },
  "kpi.needsSubmitted": { en: "Service needs", "zh-HK": "服務需求" },
  "kpi.solutionsSubmitted": { en: "I&T solutions", "zh-HK": "創科方案" },
  "kpi.pocsStarted": { en: "PoCs started", "zh-HK": "展開的概念驗證" },
  "kpi.adoptions": { en: "Adoptions", "zh-HK": "採用" },
  "kpi.bookings": { en: "Lab bookings", "zh-HK": "實驗室預約" },
  "menu.book": { en: "Book the lab", "zh-HK": "預約實驗室" },
  "menu.myBookings": { en: "My bookings", "zh-HK": "我的預約" },
  "menu.showroom": { en: "Showroom", "zh-HK": "展示廳" },
  "book.resources": {
    en: "The lab's meeting areas and PoC equipment. Which would you like to book?",
    "zh-HK": "實驗室的會議區及概念驗證設備。你想預約哪一項？",
  },
  "book.resource": {
    en: "{name} — {location}\nOpen {hours} (Hong Kong time){approval}\nPick a day:",
    "zh-HK": "{name}——{location}\n開放時間：{hours}（香港時間）{approval}\n請選擇日子：",
  },
  "book.approval": { en: "\nBookings need the lab's approval.", "zh-HK": "\n預約須經實驗室批准。" },
  "book.day": { en: "{name}, {day}: pick a free slot.", "zh-HK": "{name}，{day}：請選擇空檔。" },
  "book.dayFull": { en: "{name} has no free slot on {day}.", "zh-HK": "{name}於{day}已沒有空檔。" },
  "book.purpose": {
    en: "{name}, {when}. What is the booking for? (one line; /cancel to stop)",
    "zh-HK": "{name}，{when}。預約用途是甚麼？（一行；輸入 /cancel 取消）",
  },
  "book.confirmed": {
    en: "Booked: {name}, {when}. Your reference is B-{id}. A reminder comes the day before.",
    "zh-HK": "已預約：{name}，{when}。參考編號 B-{id}。我們會在前一天提醒你。",
  },
  "book.pending": {
    en: "Requested: {name}, {when} (B-{id}). The lab will approve it and tell you here.",
    "zh-HK": "已提出預約：{name}，{when}（B-{id}）。實驗室批核後會在此通知你。",
  },
  "book.mine": { en: "Your bookings:", "zh-HK": "你的預約：" },
  "book.mineNone": { en: "You have no bookings.", "zh-HK": "你沒有預約。" },
  "book.cancelButton": { en: "Cancel B-{id}", "zh-HK": "取消 B-{id}" },
  "book.cancelled": {
    en: "Cancelled: {name}, {when}. The slot is free again.",
    "zh-HK": "已取消：{name}，{when}。該時段已釋出。",
  },
  "book.status.CONFIRMED": { en: "confirmed", "zh-HK": "已確認" },
  "book.status.PENDING": { en: "waiting for approval", "zh-HK": "待批核" },
  "book.status.REJECTED": { en: "not approved", "zh-HK": "未獲批准" },
  "book.status.CANCELLED": { en: "cancelled", "zh-HK": "已取消" },
  "showroom.title": {
    en: "Showroom — technologies tested or under testing at the lab:",
    "zh-HK": "展示廳——在實驗室測試過或測試中的科技：",
  },
  "showroom.none": { en: "Nothing is on show yet.", "zh-HK": "暫時沒有展品。" },
  "showroom.TESTED": { en: "tested", "zh-HK": "已測試" },
  "showroom.UNDER_TESTING": { en: "under testing", "zh-HK": "測試中" },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

export function t(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
