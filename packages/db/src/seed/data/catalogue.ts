/** The technology areas the lab names, plus two it added later (the taxonomy is extendable). */
export const TECH_AREAS: ReadonlyArray<{ slug: string; nameEn: string; nameZh: string }> = [
  { slug: "anti-bot", nameEn: "Anti-bot", nameZh: "防機械人" },
  { slug: "artificial-intelligence", nameEn: "Artificial intelligence", nameZh: "人工智能" },
  { slug: "blockchain", nameEn: "Blockchain", nameZh: "區塊鏈" },
  { slug: "cloud-computing", nameEn: "Cloud computing", nameZh: "雲端運算" },
  { slug: "internet-of-things", nameEn: "Internet of things", nameZh: "物聯網" },
  { slug: "robotics", nameEn: "Robotics", nameZh: "機械人技術" },
  { slug: "big-data", nameEn: "Big data analytics", nameZh: "大數據分析" },
  { slug: "cybersecurity", nameEn: "Cybersecurity", nameZh: "網絡安全" },
];

export interface CatalogueEntry {
  title: string;
  description: string;
  extra: string;
  language: "en" | "zh-HK";
  areas: string[];
  /** Acronym of the B/D (needs) or index into the named companies (solutions). */
  owner: string;
}

/** Service needs: the lab's real examples first, then typical business challenges of B/Ds. */
export const NEEDS: CatalogueEntry[] = [
  {
    title: "Approved Signboards Identification System (ASIS)",
    description:
      "Identify approved signboards in street-view images so that inspectors can focus on unauthorised ones. Thousands of signboards line the streets of old districts.",
    extra: "Automatic matching of photographed signboards with the records of approved signboards, with location.",
    language: "en",
    areas: ["artificial-intelligence", "big-data"],
    owner: "BD",
  },
  {
    title: "Defective Signboards Diagnostic System (DSDS)",
    description:
      "Detect defective or dangerous signboards (corrosion, loose fixings, tilting) from images and prioritise them for inspection before typhoon season.",
    extra: "A ranked list of signboards at risk, with the defects found and photographs.",
    language: "en",
    areas: ["artificial-intelligence", "internet-of-things"],
    owner: "BD",
  },
  {
    title: "Information push service",
    description:
      "Push timely, personalised government information to citizens who subscribe to topics, across chat apps, with delivery tracking.",
    extra: "Subscribers receive the alerts they chose, in their language, within minutes.",
    language: "en",
    areas: ["cloud-computing", "big-data"],
    owner: "OGCIO",
  },
  {
    title: "Smart parking vacancy detection",
    description: "Detect on-street metered parking vacancies in real time and publish them to drivers.",
    extra: "Vacancy data for 80% of metered spaces, refreshed every minute.",
    language: "en",
    areas: ["internet-of-things", "big-data"],
    owner: "TD",
  },
  {
    title: "Slope inspection by drones",
    description: "Inspect man-made slopes with drones and image analysis instead of rope access.",
    extra: "Inspection reports with cracks and vegetation changes marked.",
    language: "en",
    areas: ["robotics", "artificial-intelligence"],
    owner: "CEDD",
  },
  {
    title: "Water mains leakage detection",
    description: "Locate leaks in underground water mains early using acoustic sensors and data analytics.",
    extra: "Fewer main bursts and less water lost.",
    language: "en",
    areas: ["internet-of-things", "big-data"],
    owner: "WSD",
  },
  {
    title: "Manhole gas monitoring",
    description: "Monitor toxic gas in sewers and manholes before workers enter.",
    extra: "Live readings and alarms for each work site.",
    language: "en",
    areas: ["internet-of-things"],
    owner: "DSD",
  },
  {
    title: "Illegal dumping detection at black spots",
    description: "Detect illegal dumping of construction waste from CCTV footage at known black spots.",
    extra: "Alerts with video clips for enforcement officers.",
    language: "en",
    areas: ["artificial-intelligence"],
    owner: "EPD",
  },
  {
    title: "Crowd density monitoring at public events",
    description: "Estimate crowd density at large public events to support crowd control decisions.",
    extra: "Density heat maps updated every 30 seconds.",
    language: "en",
    areas: ["artificial-intelligence", "big-data"],
    owner: "HKPF",
  },
  {
    title: "Travel document verification at control points",
    description: "Read and validate travel documents automatically at immigration counters and e-Channels.",
    extra: "Faster clearance and detection of forged documents.",
    language: "en",
    areas: ["artificial-intelligence", "anti-bot"],
    owner: "ImmD",
  },
  {
    title: "Legacy system API enablement",
    description: "Expose data held in mainframe and legacy systems through modern APIs without rewriting them.",
    extra: "Secure REST APIs over existing back-end systems.",
    language: "en",
    areas: ["cloud-computing"],
    owner: "IRD",
  },
  {
    title: "Bot protection for online booking systems",
    description: "Stop scalper bots from taking all slots of popular online booking services.",
    extra: "Fair access for real users at peak demand.",
    language: "en",
    areas: ["anti-bot", "cybersecurity"],
    owner: "LCSD",
  },
  {
    title: "Tree risk assessment",
    description: "Assess the risk of roadside trees falling using sensors and images.",
    extra: "Early warning of trees that tilt or decay.",
    language: "en",
    areas: ["internet-of-things", "artificial-intelligence"],
    owner: "DEVB",
  },
  {
    title: "Chatbot for public enquiries",
    description: "Answer common public enquiries around the clock in English and Chinese.",
    extra: "Fewer calls to the hotline; answers in both languages.",
    language: "en",
    areas: ["artificial-intelligence"],
    owner: "HAD",
  },
  {
    title: "Blockchain records of trade documents",
    description: "Keep a tamper-proof, shared record of trade documents between agencies.",
    extra: "Verification of certificates in seconds.",
    language: "en",
    areas: ["blockchain"],
    owner: "TID",
  },
  {
    title: "Robotic cleaning of public toilets",
    description: "Use robots to clean and disinfect public toilets at night.",
    extra: "Cleaner facilities with less manual work.",
    language: "en",
    areas: ["robotics"],
    owner: "FEHD",
  },
  {
    title: "Fire hazard detection in old buildings",
    description: "Detect fire hazards such as blocked exits in old buildings with sensors.",
    extra: "Alerts to building owners and inspectors.",
    language: "en",
    areas: ["internet-of-things"],
    owner: "FSD",
  },
  {
    title: "Elderly fall detection in care homes",
    description: "Detect falls of elderly residents in care homes without cameras in private areas.",
    extra: "Staff alerted within seconds of a fall.",
    language: "en",
    areas: ["internet-of-things", "artificial-intelligence"],
    owner: "SWD",
  },
  {
    title: "Automated invoice processing",
    description: "Read and check supplier invoices automatically and route exceptions to staff.",
    extra: "Most invoices processed without manual keying.",
    language: "en",
    areas: ["artificial-intelligence", "cloud-computing"],
    owner: "Try",
  },
  {
    title: "Weather nowcasting with machine learning",
    description: "Improve rainstorm nowcasting with machine learning on radar data.",
    extra: "Earlier and more precise rainstorm warnings.",
    language: "en",
    areas: ["artificial-intelligence", "big-data"],
    owner: "HKO",
  },
  {
    title: "智能燈柱數據平台",
    description: "整合智能燈柱收集的交通、空氣質素及天氣數據，供各部門共用。",
    extra: "統一的數據平台及開放數據接口。",
    language: "zh-HK",
    areas: ["internet-of-things", "big-data"],
    owner: "OGCIO",
  },
  {
    title: "公共屋邨維修預測",
    description: "利用維修紀錄及感測器數據，預測公共屋邨設施何時需要維修。",
    extra: "減少突發故障，提早安排維修。",
    language: "zh-HK",
    areas: ["big-data", "internet-of-things"],
    owner: "HD",
  },
  {
    title: "街市衞生巡查機械人",
    description: "以機械人巡查街市環境衞生，並自動記錄問題位置。",
    extra: "巡查報告附相片及位置。",
    language: "zh-HK",
    areas: ["robotics", "artificial-intelligence"],
    owner: "FEHD",
  },
  {
    title: "海上垃圾偵測",
    description: "利用無人機及影像分析偵測海面漂浮垃圾，安排清理船隻。",
    extra: "更快清理海上垃圾。",
    language: "zh-HK",
    areas: ["robotics", "artificial-intelligence"],
    owner: "MD",
  },
  {
    title: "網上申請防機械人驗證",
    description: "在網上申請系統加入無障礙的防機械人驗證，阻止自動化濫用。",
    extra: "真實用戶不受影響，機械人被攔截。",
    language: "zh-HK",
    areas: ["anti-bot", "cybersecurity"],
    owner: "REO",
  },
  {
    title: "文件數碼化及自動分類",
    description: "把大量紙本檔案數碼化，並以人工智能自動分類及擷取資料。",
    extra: "檔案可於數秒內搜尋。",
    language: "zh-HK",
    areas: ["artificial-intelligence", "cloud-computing"],
    owner: "LR",
  },
  {
    title: "雲端災難復原方案",
    description: "為關鍵系統建立雲端災難復原，縮短復原時間。",
    extra: "復原時間少於四小時。",
    language: "zh-HK",
    areas: ["cloud-computing", "cybersecurity"],
    owner: "GLD",
  },
  {
    title: "區塊鏈電子證書",
    description: "以區塊鏈發出及核實培訓證書，防止偽造。",
    extra: "僱主可即時核實證書。",
    language: "zh-HK",
    areas: ["blockchain"],
    owner: "LD",
  },
  {
    title: "郊野公園山火監測",
    description: "以感測器及攝影機監測郊野公園山火，及早通報。",
    extra: "山火發生後數分鐘內發出警報。",
    language: "zh-HK",
    areas: ["internet-of-things", "artificial-intelligence"],
    owner: "AFCD",
  },
  {
    title: "懲教院所智能巡查",
    description: "以影像分析協助懲教院所巡查，偵測異常行為。",
    extra: "減少人手巡查，提升安全。",
    language: "zh-HK",
    areas: ["artificial-intelligence", "robotics"],
    owner: "CSD",
  },
];

/** I&T solutions: the lab's real examples first. */
export const SOLUTIONS: CatalogueEntry[] = [
  {
    title: "OpenLegacy API factory",
    description:
      "Generates secure, standard APIs and microservices directly from legacy systems such as mainframes, so new digital services can use their data without a rewrite.",
    extra: "Digital services for citizens that reuse data in legacy back-end systems.",
    language: "en",
    areas: ["cloud-computing"],
    owner: "0",
  },
  {
    title: "Iris by HKT - From Surveillance to Intelligence",
    description:
      "Turns CCTV networks into intelligent sensors with video analytics: crowd counting, intrusion detection, and abnormal event alerts.",
    extra: "Crowd management, perimeter security, illegal dumping detection.",
    language: "en",
    areas: ["artificial-intelligence", "internet-of-things"],
    owner: "1",
  },
  {
    title: "Automatic ID/Travel Document Recognition and Validation",
    description:
      "Reads identity cards and travel documents from images or scanners, extracts their data and checks their security features to detect forgeries.",
    extra: "Counter services, e-Channels, online applications needing identity proof.",
    language: "en",
    areas: ["artificial-intelligence", "anti-bot"],
    owner: "2",
  },
];

/** Templates for the other solutions: [English title, Chinese title, areas]. */
export const SOLUTION_TEMPLATES: ReadonlyArray<readonly [string, string, string[]]> = [
  ["Computer vision inspection platform", "電腦視覺巡查平台", ["artificial-intelligence"]],
  ["Drone survey and mapping service", "無人機測量及製圖服務", ["robotics", "artificial-intelligence"]],
  ["Acoustic leak detection sensors", "聲學漏水偵測感測器", ["internet-of-things"]],
  ["LoRaWAN sensor network", "LoRaWAN 感測器網絡", ["internet-of-things"]],
  ["Bilingual conversational AI", "雙語對話人工智能", ["artificial-intelligence"]],
  ["Bot mitigation gateway", "防機械人閘道", ["anti-bot", "cybersecurity"]],
  ["Blockchain document registry", "區塊鏈文件登記冊", ["blockchain"]],
  ["Hybrid cloud management platform", "混合雲管理平台", ["cloud-computing"]],
  ["Autonomous cleaning robot", "自主清潔機械人", ["robotics"]],
  ["Predictive maintenance analytics", "預測性維修分析", ["big-data", "internet-of-things"]],
  ["Intelligent document processing", "智能文件處理", ["artificial-intelligence", "cloud-computing"]],
  ["Crowd analytics with video", "影像人流分析", ["artificial-intelligence", "big-data"]],
  ["Gas detection wearable", "可穿戴氣體偵測器", ["internet-of-things"]],
  ["Security operations centre as a service", "保安運作中心服務", ["cybersecurity", "cloud-computing"]],
  ["Digital twin of facilities", "設施數碼孿生", ["internet-of-things", "big-data"]],
  ["Fall detection radar", "跌倒偵測雷達", ["internet-of-things", "artificial-intelligence"]],
  ["Open data API platform", "開放數據接口平台", ["cloud-computing", "big-data"]],
  ["Robotic process automation", "機械流程自動化", ["robotics", "artificial-intelligence"]],
];

/** Forum themes, in order from the first forum (Jun 2019). */
export const FORUM_THEMES: ReadonlyArray<readonly [string, string]> = [
  ["Smart City Infrastructure", "智慧城市基建"],
  ["Artificial Intelligence and Big Data", "人工智能及大數據"],
  ["Robotics Technologies", "機械人技術"],
  ["Blockchain Applications", "區塊鏈應用"],
  ["Internet of Things and Sensors", "物聯網及感測器"],
  ["Cloud and Cybersecurity", "雲端及網絡安全"],
  ["Anti-bot and Digital Trust", "防機械人及數碼信任"],
  ["Computer Vision for Public Services", "電腦視覺與公共服務"],
];

export const NEED_TITLE_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ["pilot at", "試行於"],
  ["phase 2 for", "第二期："],
  ["extension for", "擴展至"],
];
