/** Real bureaux and departments of the HKSAR Government: [English, Chinese, acronym]. */
export const BUREAUX_AND_DEPARTMENTS: ReadonlyArray<readonly [string, string, string]> = [
  ["Buildings Department", "屋宇署", "BD"],
  ["Lands Department", "地政總署", "LandsD"],
  ["Housing Department", "房屋署", "HD"],
  ["Hong Kong Police Force", "香港警務處", "HKPF"],
  ["Immigration Department", "入境事務處", "ImmD"],
  ["Customs and Excise Department", "香港海關", "C&ED"],
  ["Fire Services Department", "消防處", "FSD"],
  ["Food and Environmental Hygiene Department", "食物環境衞生署", "FEHD"],
  ["Leisure and Cultural Services Department", "康樂及文化事務署", "LCSD"],
  ["Transport Department", "運輸署", "TD"],
  ["Highways Department", "路政署", "HyD"],
  ["Drainage Services Department", "渠務署", "DSD"],
  ["Water Supplies Department", "水務署", "WSD"],
  ["Environmental Protection Department", "環境保護署", "EPD"],
  ["Electrical and Mechanical Services Department", "機電工程署", "EMSD"],
  ["Architectural Services Department", "建築署", "ArchSD"],
  ["Civil Engineering and Development Department", "土木工程拓展署", "CEDD"],
  ["Planning Department", "規劃署", "PlanD"],
  ["Social Welfare Department", "社會福利署", "SWD"],
  ["Labour Department", "勞工處", "LD"],
  ["Inland Revenue Department", "稅務局", "IRD"],
  ["Rating and Valuation Department", "差餉物業估價署", "RVD"],
  ["Land Registry", "土地註冊處", "LR"],
  ["Companies Registry", "公司註冊處", "CR"],
  ["Intellectual Property Department", "知識產權署", "IPD"],
  ["Hong Kong Observatory", "香港天文台", "HKO"],
  ["Agriculture, Fisheries and Conservation Department", "漁農自然護理署", "AFCD"],
  ["Department of Health", "衞生署", "DH"],
  ["Correctional Services Department", "懲教署", "CSD"],
  ["Government Flying Service", "政府飛行服務隊", "GFS"],
  ["Marine Department", "海事處", "MD"],
  ["Civil Aviation Department", "民航處", "CAD"],
  ["Census and Statistics Department", "政府統計處", "C&SD"],
  ["Government Logistics Department", "政府物流服務署", "GLD"],
  ["Government Property Agency", "政府產業署", "GPA"],
  ["Information Services Department", "政府新聞處", "ISD"],
  ["Office of the Government Chief Information Officer", "政府資訊科技總監辦公室", "OGCIO"],
  ["Efficiency Office", "效率促進辦公室", "EffO"],
  ["Registration and Electoral Office", "選舉事務處", "REO"],
  ["Treasury", "庫務署", "Try"],
  ["Judiciary", "司法機構", "Jud"],
  ["Legal Aid Department", "法律援助署", "LAD"],
  ["Official Receiver's Office", "破產管理署", "ORO"],
  ["Hongkong Post", "香港郵政", "PO"],
  ["Radio Television Hong Kong", "香港電台", "RTHK"],
  ["Trade and Industry Department", "工業貿易署", "TID"],
  ["Invest Hong Kong", "投資推廣署", "InvestHK"],
  ["Education Bureau", "教育局", "EDB"],
  ["Home Affairs Department", "民政事務總署", "HAD"],
  ["Independent Commission Against Corruption", "廉政公署", "ICAC"],
  ["Auxiliary Medical Service", "醫療輔助隊", "AMS"],
  ["Civil Aid Service", "民眾安全服務隊", "CAS"],
  ["Government Laboratory", "政府化驗所", "GL"],
  ["Printing Department", "印務局", "PD"],
  ["Audit Commission", "審計署", "Aud"],
  ["Transport and Logistics Bureau", "運輸及物流局", "TLB"],
  ["Development Bureau", "發展局", "DEVB"],
  ["Environment and Ecology Bureau", "環境及生態局", "EEB"],
  ["Innovation, Technology and Industry Bureau", "創新科技及工業局", "ITIB"],
  ["Security Bureau", "保安局", "SB"],
  ["Health Bureau", "醫務衞生局", "HHB"],
  ["Housing Bureau", "房屋局", "HB"],
  ["Civil Service Bureau", "公務員事務局", "CSB"],
  ["Financial Services and the Treasury Bureau", "財經事務及庫務局", "FSTB"],
  ["Labour and Welfare Bureau", "勞工及福利局", "LWB"],
  ["Culture, Sports and Tourism Bureau", "文化體育及旅遊局", "CSTB"],
  ["Commerce and Economic Development Bureau", "商務及經濟發展局", "CEDB"],
  ["Innovation and Technology Commission", "創新科技署", "ITC"],
  ["Constitutional and Mainland Affairs Bureau", "政制及內地事務局", "CMAB"],
  ["Department of Justice", "律政司", "DoJ"],
];

export const PARTNERS: ReadonlyArray<readonly [string, string, string]> = [
  ["Cyberport", "數碼港", "Cyberport"],
  ["Hong Kong Science and Technology Parks Corporation", "香港科技園公司", "HKSTP"],
];

export const LAB: readonly [string, string, string] = ["Smart Government Innovation Lab", "智慧政府創新實驗室", "SGIL"];

/** Companies named in the lab's real showcase, with the solutions they posted. */
export const NAMED_COMPANIES: ReadonlyArray<readonly [string, string]> = [
  ["OpenLegacy Hong Kong", "OpenLegacy 香港"],
  ["HKT Limited", "香港電訊有限公司"],
  ["TrustDoc Identity Technologies", "信證身份科技"],
];

// Plausible company names are built from a Hong Kong place and a line of business.
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ["Harbour", "海港"],
  ["Kowloon", "九龍"],
  ["Victoria", "維多利亞"],
  ["Lion Rock", "獅子山"],
  ["Kai Tak", "啟德"],
  ["Tsing Yi", "青衣"],
  ["Sha Tin", "沙田"],
  ["Tseung Kwan O", "將軍澳"],
  ["West Kowloon", "西九"],
  ["Lantau", "大嶼山"],
  ["Sai Kung", "西貢"],
  ["Peak", "山頂"],
  ["Pearl", "明珠"],
  ["Bauhinia", "紫荊"],
  ["Junk Bay", "將軍澳灣"],
  ["Tai Po", "大埔"],
  ["Aberdeen", "香港仔"],
  ["Causeway", "銅鑼灣"],
  ["Star Ferry", "天星"],
  ["Tin Shui Wai", "天水圍"],
];
const BUSINESSES: ReadonlyArray<readonly [string, string]> = [
  ["AI Labs", "人工智能實驗室"],
  ["Robotics", "機械人"],
  ["Cloud Systems", "雲端系統"],
  ["IoT Solutions", "物聯網方案"],
  ["Blockchain Technology", "區塊鏈科技"],
  ["Data Analytics", "數據分析"],
  ["Smart Tech", "智能科技"],
  ["Digital", "數碼"],
  ["Cyber Security", "網絡保安"],
  ["Vision Systems", "視覺系統"],
];

/** `count` plausible IT companies, deterministic. */
export function plausibleCompanies(count: number): Array<{ nameEn: string; nameZh: string }> {
  const names: Array<{ nameEn: string; nameZh: string }> = [];
  for (let round = 0; names.length < count; round++) {
    for (const [business, businessZh] of BUSINESSES) {
      for (const [place, placeZh] of PLACES) {
        if (names.length >= count) break;
        const suffix = round === 0 ? "" : ` ${round + 1}`;
        names.push({
          nameEn: `${place} ${business} Limited${suffix}`,
          nameZh: `${placeZh}${businessZh}有限公司${suffix}`,
        });
      }
    }
  }
  return names;
}
