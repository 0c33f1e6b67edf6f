/**
 * Demo manufacturers: realistic profiles of Chinese assistive-device makers. The companies are
 * fictional; unified social credit codes carry a valid GB 32100-2015 check digit.
 */
export type DemoManufacturer = {
  handle: string
  legal_name_zh: string
  legal_name_en: string
  unified_social_credit_code: string
  customs_code: string
  province: string
  city: string
  address: string
  contact_name: string
  contact_email: string
  contact_phone: string
  founded_year: number
  description_en: string
}

export const DEMO_MANUFACTURERS: DemoManufacturer[] = [
  {
    handle: "jiaxing-kangyi",
    legal_name_zh: "嘉兴康逸康复器材有限公司",
    legal_name_en: "Jiaxing Kangyi Rehabilitation Equipment Co., Ltd.",
    unified_social_credit_code: "91330402MA2BCD124G",
    customs_code: "3304960A12",
    province: "Zhejiang",
    city: "Jiaxing",
    address: "No. 88 Chengbei Road, Nanhu District, Jiaxing, Zhejiang 314001",
    contact_name: "Wang Li",
    contact_email: "export@kangyi.example.cn",
    contact_phone: "+86 573 8211 0000",
    founded_year: 2008,
    description_en: "Manual and transport wheelchairs in aluminium and steel, ISO 7176 tested.",
  },
  {
    handle: "foshan-dongfang-mobility",
    legal_name_zh: "佛山东方助行科技有限公司",
    legal_name_en: "Foshan Dongfang Mobility Technology Co., Ltd.",
    unified_social_credit_code: "91440604MA4UAB567E",
    customs_code: "4406960B34",
    province: "Guangdong",
    city: "Foshan",
    address: "No. 12 Luocun Industrial Park, Nanhai District, Foshan, Guangdong 528226",
    contact_name: "Chen Jun",
    contact_email: "sales@dongfang-mobility.example.cn",
    contact_phone: "+86 757 8660 1234",
    founded_year: 2011,
    description_en: "Powered wheelchairs and mobility scooters with lithium batteries, airline-approved packs.",
  },
  {
    handle: "xiamen-tingsheng",
    legal_name_zh: "厦门听声医疗器械有限公司",
    legal_name_en: "Xiamen Tingsheng Medical Devices Co., Ltd.",
    unified_social_credit_code: "91350200MA31XY903L",
    customs_code: "3502960C56",
    province: "Fujian",
    city: "Xiamen",
    address: "No. 3 Torch Hi-tech Zone, Huli District, Xiamen, Fujian 361006",
    contact_name: "Lin Mei",
    contact_email: "global@tingsheng.example.cn",
    contact_phone: "+86 592 5710 8888",
    founded_year: 2014,
    description_en: "Behind-the-ear and in-ear digital hearing aids, NMPA class II registered.",
  },
  {
    handle: "hebei-anjian-orthopaedic",
    legal_name_zh: "河北安健矫形器具有限公司",
    legal_name_en: "Hebei Anjian Orthopaedic Appliances Co., Ltd.",
    unified_social_credit_code: "91130100MA0CDE349Q",
    customs_code: "1301960D78",
    province: "Hebei",
    city: "Shijiazhuang",
    address: "No. 166 Huaian East Road, Yuhua District, Shijiazhuang, Hebei 050031",
    contact_name: "Zhao Gang",
    contact_email: "trade@anjian-ortho.example.cn",
    contact_phone: "+86 311 8590 2222",
    founded_year: 2005,
    description_en: "Orthoses, braces, crutches, walking frames and rollators.",
  },
  {
    handle: "changzhou-huikang-care",
    legal_name_zh: "常州慧康护理设备有限公司",
    legal_name_en: "Changzhou Huikang Care Equipment Co., Ltd.",
    unified_social_credit_code: "91320400MA1NFG785X",
    customs_code: "3204960E90",
    province: "Jiangsu",
    city: "Changzhou",
    address: "No. 9 Wujin High-tech Industrial Zone, Changzhou, Jiangsu 213164",
    contact_name: "Xu Hong",
    contact_email: "export@huikang-care.example.cn",
    contact_phone: "+86 519 8632 5555",
    founded_year: 2010,
    description_en: "Home-care beds, patient hoists, commode and shower chairs.",
  },
  {
    handle: "shenzhen-mingshi-vision",
    legal_name_zh: "深圳明视辅助科技有限公司",
    legal_name_en: "Shenzhen Mingshi Assistive Technology Co., Ltd.",
    unified_social_credit_code: "91440300MA5GHJ2324",
    customs_code: "4403960F12",
    province: "Guangdong",
    city: "Shenzhen",
    address: "No. 21 Keji South Road, Nanshan District, Shenzhen, Guangdong 518057",
    contact_name: "Huang Wei",
    contact_email: "sales@mingshi-at.example.cn",
    contact_phone: "+86 755 2660 7777",
    founded_year: 2016,
    description_en: "Electronic magnifiers, talking daily-living aids and rehabilitation trainers.",
  },
]
