/**
 * Labelled evaluation set for matching: 30 business challenges, each with a need in English and
 * one in Chinese, four solutions that serve it (two in each language) and two near-misses that
 * share its words but not its purpose; plus distractors. 60 needs, 200 solutions. A solution is
 * relevant to a need exactly when it serves the same challenge.
 */
type Lang = "en" | "zh-HK";
type Text = readonly [Lang, string, string];

export interface EvalTopic {
  key: string;
  areas: string[];
  needs: readonly [Text, Text];
  good: readonly [Text, Text, Text, Text];
  /** Near-misses: [text, their own areas]. */
  nearMisses: ReadonlyArray<readonly [Text, string[]]>;
}

const AI = "artificial-intelligence";
const IOT = "internet-of-things";
const BIG = "big-data";
const CLOUD = "cloud-computing";
const ROBOT = "robotics";
const BOT = "anti-bot";
const CHAIN = "blockchain";
const SEC = "cybersecurity";

export const EVAL_TOPICS: EvalTopic[] = [
  {
    key: "signboards",
    areas: [AI, IOT],
    needs: [
      [
        "en",
        "Detect dangerous signboards",
        "Find defective, corroded or loose signboards on old buildings before typhoon season so inspectors can act.",
      ],
      ["zh-HK", "偵測危險招牌", "在颱風季節前找出舊樓外牆有缺陷、生鏽或鬆脫的招牌，讓巡查人員及早處理。"],
    ],
    good: [
      [
        "en",
        "Street-view AI for signboard defects",
        "Computer vision finds corrosion, tilting and loose fixings of signboards in street images.",
      ],
      [
        "en",
        "Facade drone survey for hanging signboards",
        "Drones photograph building facades and flag signboards with structural defects for inspection.",
      ],
      ["zh-HK", "招牌缺陷影像分析", "以人工智能分析街景圖像，偵測招牌生鏽、傾斜及鬆脫等缺陷。"],
      ["zh-HK", "無人機招牌巡查服務", "以無人機拍攝外牆，自動標示有結構缺陷的招牌，協助巡查。"],
    ],
    nearMisses: [
      [
        [
          "en",
          "LED signboard advertising network",
          "Rent digital signboards to shops and schedule advertising content remotely.",
        ],
        [IOT],
      ],
      [["zh-HK", "電子招牌廣告管理", "為商舖管理電子招牌的廣告內容及播放時間。"], [CLOUD]],
    ],
  },
  {
    key: "water-leaks",
    areas: [IOT, BIG],
    needs: [
      [
        "en",
        "Early detection of water main leaks",
        "Locate leaks in underground water pipes before they burst, to cut water loss.",
      ],
      ["zh-HK", "水管漏水早期偵測", "在地下水管爆裂前找出漏水位置，減少食水流失。"],
    ],
    good: [
      [
        "en",
        "Acoustic leak sensors for water pipes",
        "Sensors listen to pipe noise and pinpoint leakage in water mains.",
      ],
      [
        "en",
        "Pressure analytics for leakage",
        "Data analytics on network pressure and flow finds likely leaks in the water supply network.",
      ],
      ["zh-HK", "水管聲學漏水感測器", "感測器收集水管聲音，準確找出漏水位置。"],
      ["zh-HK", "供水網絡漏水數據分析", "分析水壓及流量數據，預測供水網絡的漏水點。"],
    ],
    nearMisses: [
      [["en", "Data leak prevention for email", "Stop confidential files leaking through email attachments."], [SEC]],
      [["zh-HK", "泳池水質測試", "自動測試泳池水質並提示加氯。"], [IOT]],
    ],
  },
  {
    key: "manhole-gas",
    areas: [IOT],
    needs: [
      [
        "en",
        "Toxic gas monitoring in manholes",
        "Check gas levels in sewers and manholes before workers enter and while they work.",
      ],
      ["zh-HK", "沙井有毒氣體監測", "工人進入渠道及沙井前及工作期間，監測有毒氣體水平。"],
    ],
    good: [
      [
        "en",
        "Wireless manhole gas sensors",
        "Battery sensors in manholes report hydrogen sulphide and methane levels live.",
      ],
      ["en", "Confined space gas alarm", "Wearable gas detector with alarms for workers in sewers and manholes."],
      ["zh-HK", "無線沙井氣體感測器", "沙井內的感測器即時匯報硫化氫及甲烷水平。"],
      ["zh-HK", "密閉空間氣體警報", "工人佩戴的氣體偵測器，在渠道內超標時即時警報。"],
    ],
    nearMisses: [
      [["en", "Gas cooker safety for restaurants", "Automatic shut-off valves for commercial gas cookers."], [IOT]],
      [["zh-HK", "沙井蓋藝術設計", "為沙井蓋設計具地區特色的圖案。"], [BIG]],
    ],
  },
  {
    key: "parking",
    areas: [IOT, BIG],
    needs: [
      [
        "en",
        "Real-time parking vacancy information",
        "Detect free on-street parking spaces and tell drivers in real time.",
      ],
      ["zh-HK", "即時泊車空位資訊", "偵測路旁泊車位是否空置，並即時通知駕駛者。"],
    ],
    good: [
      ["en", "In-ground parking bay sensors", "Magnetic sensors detect whether each parking space is occupied."],
      [
        "en",
        "Camera-based parking vacancy detection",
        "Cameras count free spaces in car parks and publish vacancy data.",
      ],
      ["zh-HK", "泊車位地感感測器", "在每個泊車位安裝感測器，偵測車位是否有車。"],
      ["zh-HK", "停車場空位影像偵測", "以攝影機計算停車場空位，並發佈空位數據。"],
    ],
    nearMisses: [
      [["en", "Parking fine payment app", "Pay parking fines and tickets online."], [CLOUD]],
      [["zh-HK", "單車停泊架設計", "設計可鎖上的單車停泊架。"], [ROBOT]],
    ],
  },
  {
    key: "slopes",
    areas: [ROBOT, AI],
    needs: [
      ["en", "Slope inspection with drones", "Inspect man-made slopes for cracks and erosion without rope access."],
      ["zh-HK", "以無人機巡查斜坡", "毋須繩索作業，巡查人造斜坡的裂縫及侵蝕。"],
    ],
    good: [
      ["en", "Drone photogrammetry for slopes", "Drone surveys build 3D models of slopes and highlight cracks."],
      [
        "en",
        "AI crack detection on slope images",
        "Machine learning marks cracks and vegetation change on slope photos.",
      ],
      ["zh-HK", "斜坡無人機測量", "以無人機建立斜坡三維模型並標示裂縫。"],
      ["zh-HK", "斜坡裂縫影像識別", "以人工智能在斜坡相片中識別裂縫及植被變化。"],
    ],
    nearMisses: [
      [["en", "Drone light shows", "Choreographed drone light shows for festivals."], [ROBOT]],
      [["zh-HK", "無人機送貨服務", "以無人機把包裹送到離島。"], [ROBOT]],
    ],
  },
  {
    key: "crowds",
    areas: [AI, BIG],
    needs: [
      [
        "en",
        "Crowd density monitoring at events",
        "Estimate how dense crowds are at large public events to support crowd control.",
      ],
      ["zh-HK", "大型活動人流密度監測", "估算大型公眾活動的人流密度，協助人群管理。"],
    ],
    good: [
      ["en", "Video analytics for crowd counting", "Counts people in CCTV video and shows crowd density heat maps."],
      ["en", "Mobile signal crowd estimation", "Estimates crowd density from anonymised mobile network data."],
      ["zh-HK", "閉路電視人流分析", "分析閉路電視影像，計算人數並顯示人流密度熱圖。"],
      ["zh-HK", "人群密度預警平台", "人流密度超標時向指揮中心發出預警。"],
    ],
    nearMisses: [
      [["en", "Crowdfunding platform for start-ups", "Raise money from the crowd for new ventures."], [CLOUD]],
      [["zh-HK", "活動門票銷售", "網上銷售大型活動門票。"], [CLOUD]],
    ],
  },
  {
    key: "travel-documents",
    areas: [AI, BOT],
    needs: [
      [
        "en",
        "Automatic travel document verification",
        "Read passports and identity cards and detect forged documents at control points.",
      ],
      ["zh-HK", "旅行證件自動核實", "在管制站讀取護照及身份證，並偵測偽造證件。"],
    ],
    good: [
      [
        "en",
        "Passport reader with forgery checks",
        "Reads the chip and security features of passports to detect forgery.",
      ],
      [
        "en",
        "Identity document recognition API",
        "Recognises and validates identity cards and travel documents from images.",
      ],
      ["zh-HK", "護照防偽核實系統", "讀取護照晶片及防偽特徵，識別偽造證件。"],
      ["zh-HK", "身份證件識別及核實", "從影像識別及核實身份證和旅行證件。"],
    ],
    nearMisses: [
      [["en", "Travel itinerary planner", "Plan holiday trips and book hotels."], [CLOUD]],
      [["zh-HK", "法律文件管理", "為律師行管理合約文件版本。"], [CLOUD]],
    ],
  },
  {
    key: "legacy-api",
    areas: [CLOUD],
    needs: [
      [
        "en",
        "APIs for legacy systems",
        "Expose data in mainframe and legacy systems through modern APIs without rewriting them.",
      ],
      ["zh-HK", "舊有系統開放接口", "毋須重寫系統，為大型主機及舊有系統的數據提供新式接口。"],
    ],
    good: [
      ["en", "API factory for mainframes", "Generates secure REST APIs directly from mainframe programs."],
      ["en", "Legacy integration microservices", "Wraps legacy back-end systems as cloud microservices with APIs."],
      ["zh-HK", "大型主機接口產生器", "直接由大型主機程式產生安全的接口。"],
      ["zh-HK", "舊有系統雲端整合", "把舊有後端系統包裝成雲端微服務及接口。"],
    ],
    nearMisses: [
      [["en", "Legacy photo restoration", "Restore old family photos with AI colouring."], [AI]],
      [["zh-HK", "雲端相簿", "把相片備份到雲端相簿。"], [CLOUD]],
    ],
  },
  {
    key: "booking-bots",
    areas: [BOT, SEC],
    needs: [
      [
        "en",
        "Stop bots grabbing online booking slots",
        "Scalper bots take all slots of popular online booking services; real users must get a fair chance.",
      ],
      ["zh-HK", "防止機械程式搶佔網上預約", "炒賣機械程式搶去熱門網上預約名額，需讓真實用戶公平預約。"],
    ],
    good: [
      ["en", "Bot mitigation gateway", "Detects automated traffic and blocks scalper bots on booking websites."],
      ["en", "Accessible anti-bot challenge", "An accessible challenge that tells humans from bots during booking."],
      ["zh-HK", "防機械程式閘道", "偵測自動化流量，阻擋炒賣機械程式搶佔預約。"],
      ["zh-HK", "無障礙真人驗證", "於預約時以無障礙方式分辨真人與機械程式。"],
    ],
    nearMisses: [
      [["en", "Sports venue booking system", "A booking system for badminton courts and pitches."], [CLOUD]],
      [["zh-HK", "餐廳訂座聊天機械人", "以聊天機械人接受餐廳訂座。"], [AI]],
    ],
  },
  {
    key: "tree-risk",
    areas: [IOT, AI],
    needs: [
      ["en", "Roadside tree risk assessment", "Assess which roadside trees may fall, using sensors and images."],
      ["zh-HK", "路旁樹木風險評估", "以感測器及圖像評估哪些路旁樹木有倒塌風險。"],
    ],
    good: [
      ["en", "Tree tilt sensors", "Tilt sensors on tree trunks raise alerts when trees lean after storms."],
      ["en", "AI tree health from images", "Analyses tree images to spot decay and risk of falling."],
      ["zh-HK", "樹木傾斜感測器", "在樹幹安裝傾斜感測器，樹木傾斜時發出警報。"],
      ["zh-HK", "樹木健康影像評估", "以人工智能分析樹木圖像，找出腐朽及倒塌風險。"],
    ],
    nearMisses: [
      [["en", "Decision tree analytics toolkit", "Build decision tree models for business data."], [BIG]],
      [["zh-HK", "植樹義工配對", "為植樹活動配對義工。"], [CLOUD]],
    ],
  },
  {
    key: "chatbot",
    areas: [AI],
    needs: [
      [
        "en",
        "Bilingual chatbot for public enquiries",
        "Answer common public enquiries around the clock in English and Chinese.",
      ],
      ["zh-HK", "雙語查詢聊天機械人", "全日以中英文回答市民的常見查詢。"],
    ],
    good: [
      [
        "en",
        "Conversational AI for government enquiries",
        "A chatbot answering citizens' enquiries in Cantonese, Chinese and English.",
      ],
      ["en", "Enquiry chatbot with hand-over", "Answers enquiries automatically and hands difficult ones to staff."],
      ["zh-HK", "政府查詢聊天機械人", "以粵語、中文及英文回答市民查詢的聊天機械人。"],
      ["zh-HK", "智能查詢助理", "自動回答查詢，複雜個案轉交職員跟進。"],
    ],
    nearMisses: [
      [["en", "Bilingual dictionary app", "Look up English and Chinese words offline."], [CLOUD]],
      [["zh-HK", "社交媒體留言審核", "自動過濾社交媒體的不當留言。"], [AI]],
    ],
  },
  {
    key: "certificates",
    areas: [CHAIN],
    needs: [
      ["en", "Tamper-proof training certificates", "Issue and verify training certificates that cannot be forged."],
      ["zh-HK", "防偽培訓證書", "發出及核實無法偽造的培訓證書。"],
    ],
    good: [
      [
        "en",
        "Blockchain certificate registry",
        "Records certificates on a blockchain so employers can verify them instantly.",
      ],
      ["en", "Verifiable digital credentials", "Digitally signed certificates verifiable by anyone."],
      ["zh-HK", "區塊鏈證書平台", "把證書記錄在區塊鏈，僱主可即時核實。"],
      ["zh-HK", "可核實電子證書", "發出帶數碼簽署、任何人可核實的證書。"],
    ],
    nearMisses: [
      [["en", "Cryptocurrency trading desk", "Trade cryptocurrencies on a blockchain exchange."], [CHAIN]],
      [["zh-HK", "證書印刷服務", "高質素證書及獎狀印刷。"], [ROBOT]],
    ],
  },
  {
    key: "toilet-cleaning",
    areas: [ROBOT],
    needs: [
      ["en", "Robotic cleaning of public toilets", "Clean and disinfect public toilets at night with robots."],
      ["zh-HK", "公廁清潔機械人", "以機械人於夜間清潔及消毒公廁。"],
    ],
    good: [
      ["en", "Autonomous toilet cleaning robot", "A robot that scrubs and disinfects toilet floors and fittings."],
      ["en", "UV disinfection robot", "Mobile robot disinfecting washrooms with UV light."],
      ["zh-HK", "自主廁所清潔機械人", "自動洗刷及消毒廁所地面及設施的機械人。"],
      ["zh-HK", "紫外光消毒機械人", "以紫外光為洗手間消毒的流動機械人。"],
    ],
    nearMisses: [
      [["en", "Smart toilet occupancy display", "Shows which cubicles are free in a public toilet."], [IOT]],
      [["zh-HK", "家用掃地機械人", "為家居清潔地板的機械人。"], [ROBOT]],
    ],
  },
  {
    key: "fire-hazards",
    areas: [IOT],
    needs: [
      [
        "en",
        "Fire hazard detection in old buildings",
        "Detect fire hazards such as smoke and blocked exits in old buildings.",
      ],
      ["zh-HK", "舊樓火警隱患偵測", "偵測舊樓的煙霧及走火通道阻塞等火警隱患。"],
    ],
    good: [
      [
        "en",
        "Wireless smoke detectors for old buildings",
        "Connected smoke detectors alert residents and the fire station.",
      ],
      ["en", "Exit obstruction monitoring", "Sensors detect blocked fire exits and alert the building manager."],
      ["zh-HK", "舊樓無線煙霧偵測器", "聯網煙霧偵測器向住戶及消防局發出火警警報。"],
      ["zh-HK", "走火通道阻塞監測", "感測器偵測走火通道被阻塞並通知管理處。"],
    ],
    nearMisses: [
      [["en", "Fireworks show planning", "Plan and simulate fireworks displays."], [BIG]],
      [["zh-HK", "防火建築材料", "供應防火板及防火塗料。"], [ROBOT]],
    ],
  },
  {
    key: "elderly-falls",
    areas: [IOT, AI],
    needs: [
      [
        "en",
        "Fall detection for elderly residents",
        "Detect falls of elderly residents in care homes without cameras in private areas.",
      ],
      ["zh-HK", "長者跌倒偵測", "在院舍私人範圍不用攝影機，偵測長者跌倒。"],
    ],
    good: [
      ["en", "Radar fall detection", "Privacy-preserving radar detects falls and alerts care staff."],
      ["en", "Wearable fall alarm", "A wristband detects falls of elderly people and calls for help."],
      ["zh-HK", "雷達跌倒偵測", "以雷達偵測跌倒並通知護理人員，保障私隱。"],
      ["zh-HK", "長者跌倒警報手帶", "手帶偵測長者跌倒並自動求助。"],
    ],
    nearMisses: [
      [["en", "Elderly social activity app", "Find social activities and classes for older people."], [CLOUD]],
      [["zh-HK", "秋季旅遊推介", "秋季本地旅遊景點推介。"], [BIG]],
    ],
  },
  {
    key: "invoices",
    areas: [AI, CLOUD],
    needs: [
      ["en", "Automated invoice processing", "Read supplier invoices automatically and route exceptions to staff."],
      ["zh-HK", "自動處理發票", "自動讀取供應商發票，例外個案轉交職員。"],
    ],
    good: [
      ["en", "Invoice OCR and matching", "Extracts invoice data and matches it with purchase orders."],
      ["en", "Accounts payable automation", "Processes invoices end to end with exception handling."],
      ["zh-HK", "發票文字識別及配對", "擷取發票資料並與訂單配對。"],
      ["zh-HK", "應付帳款自動化", "全自動處理發票及例外個案。"],
    ],
    nearMisses: [
      [["en", "Invoice financing for SMEs", "Get cash advances against unpaid invoices."], [CLOUD]],
      [["zh-HK", "發票印刷", "印刷公司發票簿。"], [ROBOT]],
    ],
  },
  {
    key: "rainstorms",
    areas: [AI, BIG],
    needs: [
      ["en", "Rainstorm nowcasting", "Forecast heavy rain in the next hours more precisely using radar data."],
      ["zh-HK", "暴雨臨近預報", "利用雷達數據更準確預報未來數小時的暴雨。"],
    ],
    good: [
      [
        "en",
        "Machine learning rainfall nowcast",
        "Deep learning on radar images forecasts rainstorms two hours ahead.",
      ],
      ["en", "Radar data analytics for weather", "Analyses radar and rain gauge data to predict rainfall."],
      ["zh-HK", "機器學習降雨預報", "以深度學習分析雷達圖像，預報兩小時內的暴雨。"],
      ["zh-HK", "天氣雷達數據分析", "分析雷達及雨量計數據以預測降雨。"],
    ],
    nearMisses: [
      [["en", "Rainwater harvesting tanks", "Collect rainwater from roofs for irrigation."], [IOT]],
      [["zh-HK", "天氣主題手機遊戲", "以天氣為主題的手機遊戲。"], [AI]],
    ],
  },
  {
    key: "dumping",
    areas: [AI],
    needs: [
      ["en", "Illegal dumping detection", "Detect illegal dumping of construction waste at black spots from CCTV."],
      ["zh-HK", "非法棄置偵測", "從閉路電視偵測在黑點非法棄置建築廢物。"],
    ],
    good: [
      ["en", "Video AI for fly-tipping", "Recognises dumping of waste in CCTV video and sends clips to officers."],
      ["en", "Vehicle recognition at dumping spots", "Identifies vehicles unloading waste illegally."],
      ["zh-HK", "影像識別非法傾倒", "在閉路電視影像識別傾倒垃圾，並把片段傳送給執法人員。"],
      ["zh-HK", "棄置黑點車輛識別", "識別在黑點非法卸下廢物的車輛。"],
    ],
    nearMisses: [
      [["en", "Recycling rewards app", "Earn points for recycling waste at collection points."], [CLOUD]],
      [["zh-HK", "數據備份儲存", "把伺服器數據傾印備份至雲端。"], [CLOUD]],
    ],
  },
  {
    key: "marine-refuse",
    areas: [ROBOT, AI],
    needs: [
      [
        "en",
        "Marine refuse detection",
        "Spot floating refuse at sea with drones and image analysis, and send cleaning vessels.",
      ],
      ["zh-HK", "海上垃圾偵測", "以無人機及影像分析偵測海面漂浮垃圾，安排清理船隻。"],
    ],
    good: [
      ["en", "Drone marine litter survey", "Drones map floating litter along the coast."],
      ["en", "Autonomous refuse collection boat", "A robotic boat collects floating refuse in harbours."],
      ["zh-HK", "無人機海上垃圾測繪", "以無人機測繪海岸漂浮垃圾。"],
      ["zh-HK", "自主垃圾收集船", "在港灣收集漂浮垃圾的機械人船。"],
    ],
    nearMisses: [
      [["en", "Marine tourism booking", "Book island hopping boat trips."], [CLOUD]],
      [["zh-HK", "垃圾車路線規劃", "為陸上垃圾車規劃收集路線。"], [BIG]],
    ],
  },
  {
    key: "predictive-maintenance",
    areas: [BIG, IOT],
    needs: [
      [
        "en",
        "Predictive maintenance for estate facilities",
        "Predict when lifts, pumps and other facilities in housing estates need repair.",
      ],
      ["zh-HK", "屋邨設施預測性維修", "預測屋邨升降機、水泵等設施何時需要維修。"],
    ],
    good: [
      ["en", "Equipment condition monitoring", "Sensors on lifts and pumps feed failure prediction models."],
      ["en", "Maintenance analytics platform", "Uses repair records and sensor data to schedule maintenance."],
      ["zh-HK", "設備狀況監測", "升降機及水泵的感測器數據用於預測故障。"],
      ["zh-HK", "維修數據分析平台", "以維修紀錄及感測器數據安排維修。"],
    ],
    nearMisses: [
      [["en", "Predictive text keyboard", "A keyboard that predicts your next word."], [AI]],
      [["zh-HK", "置業按揭計算機", "計算置業按揭供款。"], [CLOUD]],
    ],
  },
  {
    key: "lamppost-data",
    areas: [IOT, BIG],
    needs: [
      [
        "en",
        "Smart lamppost data platform",
        "Share traffic, air quality and weather data collected by smart lampposts with departments.",
      ],
      ["zh-HK", "智能燈柱數據平台", "把智能燈柱收集的交通、空氣質素及天氣數據與各部門共用。"],
    ],
    good: [
      ["en", "Lamppost sensor data hub", "Collects readings from lamppost sensors and offers open data APIs."],
      ["en", "City sensor data exchange", "A platform for departments to share city sensor data."],
      ["zh-HK", "燈柱感測器數據中心", "收集燈柱感測器讀數並提供開放數據接口。"],
      ["zh-HK", "城市感測數據交換平台", "讓部門共用城市感測器數據的平台。"],
    ],
    nearMisses: [
      [["en", "Lamppost advertising panels", "Sell advertising space on lampposts."], [IOT]],
      [["zh-HK", "零售銷售數據平台", "分析零售店銷售數據。"], [BIG]],
    ],
  },
  {
    key: "disaster-recovery",
    areas: [CLOUD, SEC],
    needs: [
      ["en", "Cloud disaster recovery", "Recover critical systems quickly from a cloud site after a disaster."],
      ["zh-HK", "雲端災難復原", "災難後從雲端迅速復原關鍵系統。"],
    ],
    good: [
      ["en", "Disaster recovery as a service", "Replicates servers to the cloud and fails over within hours."],
      ["en", "Cloud backup with recovery drills", "Backs up systems to the cloud and runs regular recovery drills."],
      ["zh-HK", "災難復原雲端服務", "把伺服器複製到雲端，數小時內切換。"],
      ["zh-HK", "雲端備份及復原演練", "把系統備份到雲端並定期演練復原。"],
    ],
    nearMisses: [
      [["en", "Disaster relief donations", "Collect donations for disaster victims."], [CLOUD]],
      [["zh-HK", "雲端相片編輯", "在雲端編輯相片。"], [CLOUD]],
    ],
  },
  {
    key: "hill-fires",
    areas: [IOT, AI],
    needs: [
      [
        "en",
        "Hill fire detection in country parks",
        "Spot hill fires in country parks early with sensors and cameras.",
      ],
      ["zh-HK", "郊野公園山火偵測", "以感測器及攝影機及早發現郊野公園山火。"],
    ],
    good: [
      ["en", "Wildfire camera network", "Cameras with AI detect smoke on hillsides within minutes."],
      ["en", "Forest fire sensors", "Gas and heat sensors detect fires in woodland."],
      ["zh-HK", "山火影像監察網絡", "攝影機配合人工智能，數分鐘內偵測山坡煙霧。"],
      ["zh-HK", "樹林山火感測器", "以氣體及熱感測器偵測樹林火警。"],
    ],
    nearMisses: [
      [["en", "Hiking route app", "Find hiking trails in country parks."], [CLOUD]],
      [["zh-HK", "滅火筒銷售", "銷售及保養滅火筒。"], [ROBOT]],
    ],
  },
  {
    key: "digitisation",
    areas: [AI, CLOUD],
    needs: [
      [
        "en",
        "Digitise and classify paper files",
        "Scan large volumes of paper files and classify them automatically with AI.",
      ],
      ["zh-HK", "紙本檔案數碼化及分類", "把大量紙本檔案數碼化，並以人工智能自動分類。"],
    ],
    good: [
      ["en", "Intelligent document processing", "Scans documents, reads text and classifies files by type."],
      ["en", "Records digitisation service", "Bulk scanning with AI classification and search."],
      ["zh-HK", "智能文件處理", "掃描文件、識別文字並按類別分類。"],
      ["zh-HK", "檔案數碼化服務", "大量掃描檔案，以人工智能分類及搜尋。"],
    ],
    nearMisses: [
      [["en", "Secure document shredding", "Collect and shred confidential paper documents."], [ROBOT]],
      [["zh-HK", "樂譜文字識別", "識別手寫樂譜。"], [AI]],
    ],
  },
  {
    key: "clinic-queues",
    areas: [BIG, CLOUD],
    needs: [
      ["en", "Clinic queue management", "Predict waiting times at clinics and let patients queue remotely."],
      ["zh-HK", "診所輪候管理", "預測診所輪候時間，讓病人遙距排隊。"],
    ],
    good: [
      ["en", "Virtual queue for clinics", "Patients take a queue ticket on their phone and get called when ready."],
      ["en", "Waiting time prediction", "Analytics predict clinic waiting times from attendance data."],
      ["zh-HK", "診所遙距排隊", "病人以手機取籌，輪到時收到通知。"],
      ["zh-HK", "輪候時間預測", "以求診數據預測診所輪候時間。"],
    ],
    nearMisses: [
      [["en", "Supermarket self-checkout", "Queue-free checkout for supermarkets."], [IOT]],
      [["zh-HK", "寵物診所預約", "預約寵物診所服務。"], [CLOUD]],
    ],
  },
  {
    key: "transcription",
    areas: [AI],
    needs: [
      ["en", "Meeting speech transcription", "Transcribe Cantonese and English speech in meetings into minutes."],
      ["zh-HK", "會議語音轉錄", "把會議中的粵語及英語語音轉錄成會議紀錄。"],
    ],
    good: [
      ["en", "Cantonese speech recognition", "Speech recognition for Cantonese mixed with English."],
      ["en", "Automatic meeting minutes", "Records meetings and drafts minutes from the transcript."],
      ["zh-HK", "粵語語音識別", "識別夾雜英語的粵語語音。"],
      ["zh-HK", "自動會議紀錄", "錄音並由轉錄稿自動起草會議紀錄。"],
    ],
    nearMisses: [
      [["en", "Speech therapy app", "Exercises for children with speech delay."], [AI]],
      [["zh-HK", "會議室預訂", "預訂會議室及設備。"], [CLOUD]],
    ],
  },
  {
    key: "air-quality",
    areas: [IOT],
    needs: [
      ["en", "Street-level air quality monitoring", "Measure air pollution at street level across districts."],
      ["zh-HK", "路邊空氣質素監測", "在各區路邊量度空氣污染。"],
    ],
    good: [
      ["en", "Low-cost air quality sensors", "A network of small sensors measuring PM2.5 and NO2."],
      ["en", "Mobile air pollution mapping", "Sensors on buses map air quality street by street."],
      ["zh-HK", "低成本空氣質素感測器", "量度微細懸浮粒子及二氧化氮的感測器網絡。"],
      ["zh-HK", "流動空氣污染地圖", "巴士上的感測器逐條街繪製空氣質素地圖。"],
    ],
    nearMisses: [
      [["en", "Air conditioner servicing", "Clean and repair air conditioners."], [ROBOT]],
      [["zh-HK", "機票價格追蹤", "追蹤航空公司機票價格。"], [BIG]],
    ],
  },
  {
    key: "pests",
    areas: [IOT, AI],
    needs: [
      ["en", "Rodent and pest monitoring", "Monitor rodent activity in markets and back lanes to target pest control."],
      ["zh-HK", "鼠患及蟲害監測", "監測街市及後巷的老鼠活動，針對性滅蟲。"],
    ],
    good: [
      ["en", "Thermal cameras for rodent activity", "Thermal imaging with AI counts rats at night."],
      ["en", "Smart pest traps", "Connected traps report catches and pest activity."],
      ["zh-HK", "熱能影像老鼠監測", "以熱能影像及人工智能在夜間點算老鼠。"],
      ["zh-HK", "智能捕鼠器", "聯網捕鼠器匯報捕獲及鼠患情況。"],
    ],
    nearMisses: [
      [["en", "Pet monitoring camera", "Watch and talk to your pet at home."], [IOT]],
      [["zh-HK", "滅蟲化學品供應", "供應滅蟲藥及化學品。"], [ROBOT]],
    ],
  },
  {
    key: "phishing",
    areas: [SEC],
    needs: [
      ["en", "Protect staff from phishing emails", "Detect phishing emails and train staff to recognise them."],
      ["zh-HK", "防範釣魚電郵", "偵測釣魚電郵並培訓職員識別。"],
    ],
    good: [
      ["en", "Phishing email filter", "Machine learning blocks phishing and malicious emails."],
      ["en", "Phishing simulation training", "Sends simulated phishing emails and trains staff who click."],
      ["zh-HK", "釣魚電郵過濾", "以機器學習攔截釣魚及惡意電郵。"],
      ["zh-HK", "釣魚電郵模擬演練", "發送模擬釣魚電郵並培訓職員。"],
    ],
    nearMisses: [
      [["en", "Email marketing platform", "Send newsletters and marketing emails."], [CLOUD]],
      [["zh-HK", "保安員巡邏排更", "為保安員安排巡邏更表。"], [BIG]],
    ],
  },
  {
    key: "traffic-signals",
    areas: [AI, BIG],
    needs: [
      ["en", "Adaptive traffic signals", "Adjust traffic signal timing to real-time traffic to cut congestion."],
      ["zh-HK", "自適應交通燈", "按即時交通流量調整交通燈時間，紓緩擠塞。"],
    ],
    good: [
      ["en", "AI traffic signal control", "Reinforcement learning sets signal timing at junctions."],
      ["en", "Traffic flow analytics", "Counts vehicles at junctions to optimise signal plans."],
      ["zh-HK", "人工智能交通燈控制", "以強化學習設定路口交通燈時間。"],
      ["zh-HK", "交通流量分析", "點算路口車輛以優化交通燈方案。"],
    ],
    nearMisses: [
      [["en", "Traffic accident claims", "Handle insurance claims after traffic accidents."], [CLOUD]],
      [["zh-HK", "手機訊號增強器", "增強室內手機訊號。"], [IOT]],
    ],
  },
];

/** Unrelated solutions that should rank low for every need. */
export const DISTRACTORS: Text[] = [
  ["en", "Online florist", "Order flowers for delivery."],
  ["en", "Restaurant menu translation", "Translate menus for tourists."],
  ["en", "Karaoke booking", "Book karaoke rooms online."],
  ["en", "Fitness class scheduling", "Schedule fitness classes and trainers."],
  ["en", "Wedding photography", "Photographers for weddings."],
  ["en", "Language exchange app", "Meet people to practise languages."],
  ["en", "Recipe recommendation", "Suggest recipes from what is in your fridge."],
  ["en", "Music streaming for shops", "Licensed background music for shops."],
  ["en", "Tutoring marketplace", "Find private tutors."],
  ["en", "Car rental", "Rent cars by the day."],
  ["zh-HK", "網上花店", "網上訂購鮮花送貨。"],
  ["zh-HK", "卡拉OK訂房", "網上預訂卡拉OK房間。"],
  ["zh-HK", "健身課程編排", "編排健身課程及教練。"],
  ["zh-HK", "婚禮攝影", "婚禮攝影服務。"],
  ["zh-HK", "食譜推介", "按雪櫃食材推介食譜。"],
  ["zh-HK", "店舖背景音樂", "為店舖提供授權背景音樂。"],
  ["zh-HK", "補習配對平台", "配對私人補習導師。"],
  ["zh-HK", "汽車租賃", "按日租用汽車。"],
  ["zh-HK", "語言交換", "結識朋友練習語言。"],
  ["zh-HK", "餐牌翻譯", "為旅客翻譯餐牌。"],
];
