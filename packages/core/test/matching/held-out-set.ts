import type { EvalTopic } from "./eval-set";

/**
 * The held-out part of the matching evaluation: 20 challenges written after the engine's
 * dictionary, glossary and weights, on topics none of them was written from. Nothing is tuned on
 * it; the quality test asserts on it. Same shape as the development part: per challenge a need in
 * each language, four solutions that serve it (two per language, in their own words) and two
 * near-misses that share words but not purpose. 40 needs, 120 solutions; half of the 160 good
 * pairs cross languages.
 */
const AI = "artificial-intelligence";
const IOT = "internet-of-things";
const BIG = "big-data";
const CLOUD = "cloud-computing";
const ROBOT = "robotics";
const SEC = "cybersecurity";

export const HELD_OUT_TOPICS: EvalTopic[] = [
  {
    key: "library-returns",
    areas: [IOT, ROBOT],
    needs: [
      [
        "en",
        "Faster book returns and shelving at public libraries",
        "Readers queue to return books and staff spend hours sorting them back to shelves. We want returns checked in automatically and sorted by branch.",
      ],
      [
        "zh-HK",
        "公共圖書館還書及上架自動化",
        "讀者還書要排隊，館員要花大量時間分類及上架，希望自動登記歸還並按分館分揀書籍。",
      ],
    ],
    good: [
      [
        "en",
        "RFID self-return and sorting machine",
        "Patrons drop items into a return slot; RFID tags are read, the loan is closed and a conveyor sorts each item into bins.",
      ],
      [
        "en",
        "Shelf-reading robot for libraries",
        "A mobile robot scans RFID tags on shelves at night and reports misplaced or missing books.",
      ],
      ["zh-HK", "圖書自助歸還分揀系統", "以RFID讀取圖書標籤，自動完成歸還手續，再由輸送帶把圖書分揀到不同書箱。"],
      ["zh-HK", "智能書架盤點機械人", "機械人於閉館後巡行書架，讀取標籤，找出放錯位置或遺失的圖書。"],
    ],
    nearMisses: [
      [["en", "E-book lending app", "Borrow e-books and audiobooks on your phone with a library card."], [CLOUD]],
      [["zh-HK", "書店銷售管理", "為書店管理存貨、收銀及會員積分。"], [BIG]],
    ],
  },
  {
    key: "site-safety",
    areas: [AI, IOT],
    needs: [
      [
        "en",
        "Spot unsafe behaviour on construction sites",
        "Detect workers without helmets or harnesses and people entering danger zones near cranes, and alert the site supervisor at once.",
      ],
      ["zh-HK", "地盤安全監察", "即時發現地盤工人沒有配戴安全帽或安全帶，或進入吊機危險區域，並通知地盤主管。"],
    ],
    good: [
      [
        "en",
        "Computer vision for site hazards",
        "Cameras on site recognise missing hard hats and safety harnesses and send warnings to the foreman's phone.",
      ],
      [
        "en",
        "Wearable tags for crane danger zones",
        "Workers wear a tag that vibrates when they come close to a lifting operation; breaches are logged.",
      ],
      ["zh-HK", "工地安全帽識別", "以人工智能分析地盤鏡頭畫面，識別未戴安全帽及未扣安全帶的工人並即時警報。"],
      ["zh-HK", "吊運危險區域警示手帶", "工人配戴手帶，接近吊運範圍時震動提示，並記錄違規情況。"],
    ],
    nearMisses: [
      [
        ["en", "Construction project cost estimator", "Estimate materials and labour costs for building projects."],
        [BIG],
      ],
      [["zh-HK", "安全帽網上商店", "售賣單車及電動滑板車安全帽。"], [CLOUD]],
    ],
  },
  {
    key: "blind-navigation",
    areas: [AI, IOT],
    needs: [
      [
        "en",
        "Help visually impaired people find their way in government buildings",
        "Blind and low-vision visitors cannot find counters, lifts and exits on their own. We need indoor guidance they can use with a phone.",
      ],
      [
        "zh-HK",
        "協助視障人士在政府大樓內導航",
        "失明及弱視人士難以自行找到櫃位、升降機及出口，需要以手機使用的室內導引。",
      ],
    ],
    good: [
      [
        "en",
        "Bluetooth beacon audio guidance",
        "Beacons placed indoors let a smartphone app give spoken directions to the blind, step by step, to counters and lifts.",
      ],
      [
        "en",
        "AI scene description app",
        "The phone camera describes signs, doors and obstacles aloud for users with sight loss.",
      ],
      ["zh-HK", "藍牙信標語音導航", "在室內安裝藍牙信標，手機程式以語音逐步引導失明人士前往櫃位及升降機。"],
      ["zh-HK", "視障人士環境描述程式", "以手機鏡頭辨認指示牌、門口及障礙物，並讀出給弱視用家。"],
    ],
    nearMisses: [
      [["en", "Indoor navigation for shopping malls", "Show shoppers promotions as they walk past stores."], [IOT]],
      [["zh-HK", "眼科診所預約", "網上預約眼科檢查及驗眼服務。"], [CLOUD]],
    ],
  },
  {
    key: "restaurant-hygiene",
    areas: [IOT, BIG],
    needs: [
      [
        "en",
        "Risk-based food hygiene inspections",
        "Health inspectors visit restaurants on a fixed cycle. We want to use complaints, past violations and fridge temperature records to decide which premises to inspect first.",
      ],
      [
        "zh-HK",
        "按風險安排食肆衞生巡查",
        "衞生督察按固定周期巡查食肆，希望利用投訴、違規紀錄及雪櫃溫度數據決定先巡查哪些處所。",
      ],
    ],
    good: [
      [
        "en",
        "Wireless cold-storage temperature loggers",
        "Sensors in refrigerators report temperatures every minute and flag food kept too warm.",
      ],
      [
        "en",
        "Inspection prioritisation analytics",
        "Scores food premises by complaint history and previous offences so officers visit the riskiest first.",
      ],
      ["zh-HK", "冷藏溫度無線監測", "雪櫃內的感應器每分鐘回報溫度，食物存放溫度過高時發出警告。"],
      ["zh-HK", "食肆風險評分平台", "按投訴及違規紀錄為食物業處所評分，讓督察優先巡查高風險店舖。"],
    ],
    nearMisses: [
      [["en", "Restaurant table reservation", "Diners book tables and get reminders by SMS."], [CLOUD]],
      [["zh-HK", "餐廳食評網站", "食客分享食評及相片，評選人氣餐廳。"], [BIG]],
    ],
  },
  {
    key: "lift-faults",
    areas: [IOT, AI],
    needs: [
      [
        "en",
        "Predict lift breakdowns in public housing",
        "Residents are trapped when lifts fail. We want to find lifts likely to break down from their operating data and send engineers before it happens.",
      ],
      [
        "zh-HK",
        "預測公共屋邨升降機故障",
        "升降機故障令居民被困，希望從運行數據找出可能損壞的升降機，及早派工程人員維修。",
      ],
    ],
    good: [
      [
        "en",
        "Elevator condition monitoring",
        "Vibration and door sensors in each elevator stream data; machine learning warns of faults days ahead.",
      ],
      [
        "en",
        "Remote elevator diagnostics service",
        "Connects elevator controllers to a dashboard that shows error codes and trapped-passenger alarms.",
      ],
      ["zh-HK", "升降機狀態監測", "在升降機安裝震動及機門感應器，以機器學習提早數天預警故障。"],
      ["zh-HK", "升降機遙距診斷", "連接升降機控制器，於儀表板顯示錯誤代碼及困人警報。"],
    ],
    nearMisses: [
      [["en", "Public housing application tracker", "Applicants check their waiting-list position online."], [CLOUD]],
      [["zh-HK", "升降機廣告屏幕", "在升降機大堂播放廣告。"], [IOT]],
    ],
  },
  {
    key: "odour",
    areas: [IOT, BIG],
    needs: [
      [
        "en",
        "Track bad smells near refuse collection points",
        "Neighbours complain about odour from refuse collection points and sewage works. We need continuous measurement of smell to act before complaints.",
      ],
      ["zh-HK", "監測垃圾收集站臭味", "居民投訴垃圾收集站及污水廠傳出臭味，需要持續量度氣味，在投訴前採取行動。"],
    ],
    good: [
      [
        "en",
        "Electronic nose sensor network",
        "Low-cost e-nose sensors measure hydrogen sulphide and ammonia and map odour levels.",
      ],
      [
        "en",
        "Odour dispersion forecasting",
        "Combines wind data and emission readings to predict where smells will spread.",
      ],
      ["zh-HK", "電子鼻氣味感應網絡", "以電子鼻感應器量度硫化氫及氨氣濃度，繪製臭味分佈。"],
      ["zh-HK", "臭味擴散預報", "結合風向數據及排放讀數，預測臭味飄散範圍。"],
    ],
    nearMisses: [
      [["en", "Perfume subscription", "Receive a new fragrance sample every month."], [CLOUD]],
      [["zh-HK", "回收站積分計劃", "市民在回收站交收回收物可賺取積分。"], [BIG]],
    ],
  },
  {
    key: "cargo-xray",
    areas: [AI, BIG],
    needs: [
      [
        "en",
        "Find contraband in cargo X-ray images",
        "Customs officers look at thousands of container X-ray scans a day. We want software that points out suspicious objects such as drugs or weapons.",
      ],
      [
        "zh-HK",
        "分析貨櫃X光影像找出違禁品",
        "海關人員每天要查看數以千計的貨櫃X光掃描影像，需要軟件指出毒品或武器等可疑物件。",
      ],
    ],
    good: [
      [
        "en",
        "Deep learning for container scans",
        "Trained on radiographic images of freight, the model highlights anomalies and smuggled goods.",
      ],
      [
        "en",
        "Manifest and scan cross-check",
        "Compares the declared cargo with what the X-ray shows and flags mismatches for inspection.",
      ],
      ["zh-HK", "貨櫃掃描深度學習分析", "以深度學習分析貨物的輻射掃描影像，標示異常及走私物品。"],
      ["zh-HK", "艙單與X光影像比對", "比對申報貨物與X光影像內容，如不相符即提示查驗。"],
    ],
    nearMisses: [
      [["en", "Medical X-ray reporting", "Radiologists read chest X-rays with AI assistance."], [AI]],
      [["zh-HK", "貨櫃碼頭泊位編排", "為貨櫃船安排泊位及裝卸時間。"], [BIG]],
    ],
  },
  {
    key: "pool-drowning",
    areas: [AI, IOT],
    needs: [
      [
        "en",
        "Early warning of drowning at public swimming pools",
        "Lifeguards cannot watch every swimmer. We want a system that notices a swimmer in distress underwater and alerts them within seconds.",
      ],
      [
        "zh-HK",
        "公眾泳池遇溺預警",
        "救生員無法時刻留意每位泳客，需要系統及早發現水中遇溺的泳客，並在數秒內通知救生員。",
      ],
    ],
    good: [
      [
        "en",
        "Underwater camera lifeguard assistant",
        "Cameras below the surface track bathers and raise an alarm when someone stays motionless.",
      ],
      [
        "en",
        "Smart wristband for swimmers",
        "A waterproof band senses long submersion and signals the lifeguard's pager.",
      ],
      ["zh-HK", "水底鏡頭救生輔助", "水底攝影機追蹤泳客，有人長時間靜止不動即發出警報。"],
      ["zh-HK", "泳客智能手帶", "防水手帶偵測泳客長時間沒入水中，即時通知救生員。"],
    ],
    nearMisses: [
      [["en", "Swimming lesson booking", "Parents book swimming classes for their children."], [CLOUD]],
      [["zh-HK", "泳池水質消毒設備", "自動加氯保持泳池水質。"], [IOT]],
    ],
  },
  {
    key: "heat-stress",
    areas: [IOT, AI],
    needs: [
      [
        "en",
        "Protect outdoor workers from heat stroke",
        "Street cleaners and construction workers work in extreme heat in summer. We need to know when a worker is at risk of heat stroke and should rest.",
      ],
      [
        "zh-HK",
        "保護戶外工作人員免中暑",
        "街道清潔工及建築工人夏天在酷熱環境下工作，需要知道工人何時有中暑風險並應休息。",
      ],
    ],
    good: [
      [
        "en",
        "Heat-stress wearable",
        "A wristband reads body temperature and heart rate and tells workers and supervisors when to take a break.",
      ],
      [
        "en",
        "Outdoor heat index alerts for employers",
        "Local weather stations compute the heat index for each work site and push rest reminders.",
      ],
      ["zh-HK", "熱壓力穿戴裝置", "手帶量度體溫及心率，提示工人及主管何時需要小休。"],
      ["zh-HK", "工地酷熱指數提示", "以工地氣象站計算酷熱指數，向僱主發出休息提示。"],
    ],
    nearMisses: [
      [["en", "Heat pump installation", "Install energy-saving heat pumps for hot water."], [IOT]],
      [["zh-HK", "工人薪酬計算", "計算建築工人工資及強積金供款。"], [CLOUD]],
    ],
  },
  {
    key: "wild-pigs",
    areas: [AI, IOT],
    needs: [
      [
        "en",
        "Keep wild boars out of residential areas",
        "Wild pigs roam into housing estates looking for food. We want to know when and where they appear so staff can act early.",
      ],
      ["zh-HK", "防止野豬闖入住宅區", "野豬為覓食闖入屋苑，希望知道牠們何時何地出沒，讓職員及早處理。"],
    ],
    good: [
      [
        "en",
        "Wildlife camera traps with animal recognition",
        "Motion-triggered cameras identify boars and send sightings with location to rangers.",
      ],
      [
        "en",
        "Thermal sensors at estate entrances",
        "Infrared sensors detect large animals at night and trigger lights and a warning.",
      ],
      ["zh-HK", "野生動物影像辨識", "紅外線相機自動辨認野豬，將出沒位置傳送給職員。"],
      ["zh-HK", "屋苑入口熱能感應", "夜間以紅外線感應大型動物接近，啟動燈光及警示。"],
    ],
    nearMisses: [
      [["en", "Pig farm management", "Track feed, weight and vaccination of pigs on farms."], [BIG]],
      [["zh-HK", "寵物食品訂購", "網上訂購貓狗糧食。"], [CLOUD]],
    ],
  },
  {
    key: "meeting-minutes",
    areas: [AI, CLOUD],
    needs: [
      [
        "en",
        "Draft meeting minutes automatically",
        "Officers spend hours writing minutes of meetings held in Cantonese and English. We want a draft of the minutes and action items right after the meeting.",
      ],
      [
        "zh-HK",
        "自動草擬會議紀錄",
        "同事要花數小時撰寫以廣東話及英文進行的會議紀錄，希望會後即時有紀錄初稿及跟進事項。",
      ],
    ],
    good: [
      [
        "en",
        "AI meeting summariser",
        "Records the discussion, converts speech to text and produces a summary with decisions and follow-ups.",
      ],
      [
        "en",
        "Cantonese speech recognition for meetings",
        "Transcribes mixed Cantonese-English conversation and labels each speaker.",
      ],
      ["zh-HK", "人工智能會議摘要", "錄下討論內容，把語音轉成文字，並生成摘要、決定及跟進事項。"],
      ["zh-HK", "粵語會議語音識別", "把粵英夾雜的對話轉為文字，並標示每位發言者。"],
    ],
    nearMisses: [
      [["en", "Meeting room booking", "Reserve meeting rooms and equipment in the office."], [CLOUD]],
      [["zh-HK", "會議展覽場地租用", "租用會展場地舉辦大型活動。"], [BIG]],
    ],
  },
  {
    key: "bid-rigging",
    areas: [BIG, AI],
    needs: [
      [
        "en",
        "Detect collusion in government tenders",
        "Some suppliers may agree prices among themselves before bidding. We want to find suspicious patterns in tender submissions.",
      ],
      ["zh-HK", "偵測政府招標串通", "部分供應商或會在投標前互相協定價格，希望從投標資料中找出可疑模式。"],
    ],
    good: [
      [
        "en",
        "Procurement fraud analytics",
        "Screens bids for cartel signals such as identical prices, rotating winners and shared addresses.",
      ],
      [
        "en",
        "Supplier relationship graph",
        "Links companies through directors and contacts to reveal related bidders in a tender.",
      ],
      ["zh-HK", "採購舞弊數據分析", "分析標書，找出價格相同、輪流得標及共用地址等合謀跡象。"],
      ["zh-HK", "供應商關係圖譜", "透過董事及聯絡資料連結公司，揭示同一投標中有關連的投標者。"],
    ],
    nearMisses: [
      [["en", "Tender notice alerts", "Email suppliers when new government tenders are published."], [CLOUD]],
      [["zh-HK", "價格比較網站", "比較超級市場貨品價格。"], [BIG]],
    ],
  },
  {
    key: "exam-marking",
    areas: [AI, CLOUD],
    needs: [
      [
        "en",
        "Mark handwritten exam scripts on screen",
        "Examiners mark paper scripts by hand and add up scores manually. We want scanned scripts marked on screen with handwriting read automatically.",
      ],
      [
        "zh-HK",
        "手寫考卷網上評卷",
        "閱卷員以人手批改紙本考卷並計算分數，希望掃描考卷後在電腦上評卷，並自動辨認手寫字。",
      ],
    ],
    good: [
      [
        "en",
        "On-screen marking platform",
        "Scans answer booklets, splits them by question and lets markers grade online with totals added up.",
      ],
      [
        "en",
        "Handwriting recognition for answers",
        "Reads handwritten Chinese and English answers from scanned papers into text.",
      ],
      ["zh-HK", "電子評卷平台", "掃描答題簿並按題目分發，閱卷員在網上評分，系統自動合計分數。"],
      ["zh-HK", "手寫答案文字辨識", "把掃描試卷上的中英文手寫答案轉為文字。"],
    ],
    nearMisses: [
      [["en", "Exam timetable app", "Students see their exam dates and rooms."], [CLOUD]],
      [["zh-HK", "書法課程", "教授毛筆書法及硬筆字。"], [BIG]],
    ],
  },
  {
    key: "lost-property",
    areas: [AI, CLOUD],
    needs: [
      [
        "en",
        "Return lost property to owners faster",
        "Lost items found in government venues pile up in storerooms. We want owners to report what they lost and be matched with found items quickly.",
      ],
      ["zh-HK", "加快失物認領", "政府場地拾獲的失物堆積在貯物室，希望失主可登記遺失物品，並迅速與拾獲物品配對。"],
    ],
    good: [
      [
        "en",
        "Lost-and-found matching with image search",
        "Staff photograph found items; owners describe or upload photos and the system suggests likely matches.",
      ],
      [
        "en",
        "Online lost item reporting portal",
        "Owners file a claim for missing belongings and are notified when a similar item is handed in.",
      ],
      ["zh-HK", "失物圖像配對", "職員拍下拾獲物品，失主描述或上載相片，系統建議可能相符的物品。"],
      ["zh-HK", "網上遺失物品登記", "失主網上申報遺失財物，有相似物品交回時即收到通知。"],
    ],
    nearMisses: [
      [["en", "Storeroom inventory control", "Count and track office supplies in storerooms."], [BIG]],
      [["zh-HK", "寵物走失海報設計", "為走失寵物設計尋找海報。"], [CLOUD]],
    ],
  },
  {
    key: "potholes",
    areas: [AI, BIG],
    needs: [
      [
        "en",
        "Find potholes and road damage early",
        "Road defects are found through public complaints. We want to survey road surfaces continuously and repair damage before it is reported.",
      ],
      ["zh-HK", "及早發現路面坑洞", "路面損毀多靠市民投訴才發現，希望持續檢查路面狀況，在接獲報告前修補。"],
    ],
    good: [
      [
        "en",
        "Dashcam road condition analytics",
        "Cameras on buses and refuse trucks capture the road; AI finds cracks and holes and maps them.",
      ],
      [
        "en",
        "Pavement vibration survey",
        "Accelerometers in fleet vehicles sense bumps and rate the surface quality of each street.",
      ],
      ["zh-HK", "行車記錄儀路況分析", "巴士及垃圾車的鏡頭拍攝路面，以人工智能找出裂縫及坑洞並繪製地圖。"],
      ["zh-HK", "路面顛簸感應測量", "車隊車輛的加速度計感應顛簸，為每條街道的路面質素評分。"],
    ],
    nearMisses: [
      [["en", "Road trip planner", "Plan holiday driving routes with stops."], [CLOUD]],
      [["zh-HK", "道路工程公告", "公佈道路工程及封路資訊。"], [BIG]],
    ],
  },
  {
    key: "sign-language",
    areas: [AI, CLOUD],
    needs: [
      [
        "en",
        "Serve deaf citizens at public counters",
        "Counter staff cannot communicate with deaf visitors who use sign language. We want interpretation available at any counter without booking an interpreter days ahead.",
      ],
      [
        "zh-HK",
        "在公眾櫃位服務聾人",
        "櫃位職員無法與使用手語的聾人溝通，希望在任何櫃位都可即時提供傳譯，毋須數天前預約傳譯員。",
      ],
    ],
    good: [
      [
        "en",
        "Video remote interpreting for sign language",
        "A tablet at the counter connects to a live interpreter who signs to the visitor and speaks to staff.",
      ],
      [
        "en",
        "Sign recognition to text",
        "Cameras read Hong Kong Sign Language gestures and show them as text for hearing-impaired customers.",
      ],
      ["zh-HK", "手語視像遙距傳譯", "櫃位平板電腦連接真人傳譯員，即時以手語與聽障人士溝通。"],
      ["zh-HK", "手語動作識別", "以鏡頭辨認香港手語手勢並轉為文字。"],
    ],
    nearMisses: [
      [["en", "Document translation service", "Translate contracts and letters between languages."], [CLOUD]],
      [["zh-HK", "櫃位排隊取籌", "市民取籌輪候櫃位服務。"], [IOT]],
    ],
  },
  {
    key: "job-matching",
    areas: [AI, BIG],
    needs: [
      [
        "en",
        "Match job seekers with suitable vacancies",
        "Employment officers match job seekers to openings by hand. We want to recommend vacancies that fit each seeker's skills and experience.",
      ],
      ["zh-HK", "為求職者配對合適職位", "就業主任以人手為求職者配對空缺，希望按每位求職者的技能及經驗推薦合適的職位。"],
    ],
    good: [
      [
        "en",
        "Skills-based job recommendation engine",
        "Reads CVs and job ads and ranks openings by how well the candidate's skills fit.",
      ],
      [
        "en",
        "Career counselling chatbot",
        "Asks seekers about their experience and suggests suitable jobs and training courses.",
      ],
      ["zh-HK", "技能為本職位推薦", "分析履歷及招聘廣告，按求職者技能的吻合程度排列空缺。"],
      ["zh-HK", "就業輔導聊天機械人", "詢問求職者的工作經驗，推薦合適工作及培訓課程。"],
    ],
    nearMisses: [
      [["en", "Payroll outsourcing", "Run payroll and tax filing for small employers."], [CLOUD]],
      [["zh-HK", "停車位配對", "為車主配對附近空置車位。"], [IOT]],
    ],
  },
  {
    key: "counterfeit-listings",
    areas: [AI, BIG],
    needs: [
      [
        "en",
        "Find counterfeit goods sold online",
        "Fake branded goods are sold through online shops and social media. Officers need to find suspicious listings among millions of posts.",
      ],
      ["zh-HK", "找出網上售賣的冒牌貨", "冒牌名牌貨品經網店及社交媒體出售，人員需要在數以百萬計的帖文中找出可疑貨品。"],
    ],
    good: [
      [
        "en",
        "Marketplace listing scanner for fakes",
        "Crawls e-commerce sites and flags listings whose prices, photos and logos suggest counterfeit products.",
      ],
      [
        "en",
        "Brand logo image matching",
        "Compares product photos against registered trademarks to spot imitation items.",
      ],
      ["zh-HK", "網購平台假貨偵測", "搜尋電子商貿網站，按價格、相片及標誌找出懷疑假冒的產品。"],
      ["zh-HK", "商標圖像比對", "把產品相片與註冊商標比對，找出仿冒貨品。"],
    ],
    nearMisses: [
      [["en", "Social media marketing agency", "Grow followers and run promotions for brands."], [BIG]],
      [["zh-HK", "網上商店開設", "協助小店開設網上商店及收款。"], [CLOUD]],
    ],
  },
  {
    key: "visitor-registration",
    areas: [CLOUD, SEC],
    needs: [
      [
        "en",
        "Quicker visitor registration at government offices",
        "Visitors write their names in a paper logbook at reception and wait for a pass. We want pre-registration and quick check-in at the entrance.",
      ],
      [
        "zh-HK",
        "加快政府辦公室訪客登記",
        "訪客要在接待處以紙本簿冊登記並等候領取通行證，希望可預先登記並在入口快速報到。",
      ],
    ],
    good: [
      [
        "en",
        "QR code visitor management",
        "Hosts invite guests who receive a QR pass; a kiosk at the lobby scans it and prints a badge.",
      ],
      [
        "en",
        "Self-service reception kiosk",
        "Guests sign in on a touch screen, take a photo and the host is notified of their arrival.",
      ],
      ["zh-HK", "二維碼訪客管理", "接待人員預先邀請訪客，訪客以二維碼在大堂自助機掃描報到及列印訪客證。"],
      ["zh-HK", "自助接待機", "訪客在觸控屏幕登記並拍照，系統通知接待的同事。"],
    ],
    nearMisses: [
      [["en", "Visitor statistics for tourism", "Analyse tourist arrivals by country."], [BIG]],
      [["zh-HK", "辦公室清潔外判", "為寫字樓提供日常清潔服務。"], [CLOUD]],
    ],
  },
  {
    key: "bridge-health",
    areas: [IOT, BIG],
    needs: [
      [
        "en",
        "Monitor the structural health of bridges",
        "Inspecting bridges by eye is slow and misses hidden damage. We want continuous readings of strain and vibration to warn of deterioration.",
      ],
      ["zh-HK", "監察橋樑結構健康", "以目視檢查橋樑費時且會遺漏隱藏的損壞，希望持續量度應變及振動，預警結構老化。"],
    ],
    good: [
      [
        "en",
        "Fibre optic strain sensing",
        "Optical fibres along girders measure strain and temperature along their full length.",
      ],
      [
        "en",
        "Wireless accelerometers for viaducts",
        "Battery sensors record vibration of spans and detect changes in stiffness over time.",
      ],
      ["zh-HK", "光纖應變感測", "沿橋樑大樑鋪設光纖，全長量度應變及溫度。"],
      ["zh-HK", "高架橋無線加速度計", "以電池供電感應器記錄橋面振動，偵測結構剛度隨時間的變化。"],
    ],
    nearMisses: [
      [["en", "Dental bridge clinic", "Dental bridges and crowns at fair prices."], [CLOUD]],
      [["zh-HK", "結構工程師招聘", "為工程公司招聘結構工程師。"], [BIG]],
    ],
  },
];
