/**
 * One issuer model for legal documents: a document is issued either by a province agency (the
 * `issuingAgency` relation to `agencies`) or by a central body from this maintained list (the
 * `centralIssuer` select, whose options are generated from it). The list gives each body its
 * Vietnamese and English name, the short forms people type, and the issuer symbol it uses in
 * document numbers (Decree 30/2020/NĐ-CP, Appendix I, and the Law on Promulgation of Legal
 * Documents: "80/2015/QH13", "15/2021/NĐ-CP", "28/2021/QĐ-TTg", "343/2016/TT-BTC").
 *
 * Bodies merged or renamed in the 2025 reorganisation stay on the list: their documents keep
 * their issuer. Where a body's symbol is not known for certain, `numberSymbol` is left out rather
 * than guessed (an admin can add it here).
 */
export interface CentralIssuer {
  key: string
  vi: string
  en: string
  /** Short forms and acronyms people type, accented or not ("Bộ TC", "BTC", "TTg"). */
  aliases: readonly string[]
  /** English short forms ("MOF", "PM"). */
  enAliases?: readonly string[]
  /** Issuer segment of document numbers; `QH` matches QH11…QH15 (the legislature's term). */
  numberSymbol?: string
  /** Still exists after the 2025 reorganisation (false: historic issuer of older documents). */
  current: boolean
}

export const CENTRAL_ISSUERS: readonly CentralIssuer[] = [
  { key: 'quoc-hoi', vi: 'Quốc hội', en: 'National Assembly', aliases: ['QH'], enAliases: ['NA'], numberSymbol: 'QH', current: true },
  {
    key: 'ubtv-quoc-hoi',
    vi: 'Ủy ban Thường vụ Quốc hội',
    en: 'National Assembly Standing Committee',
    aliases: ['UBTVQH', 'Thường vụ Quốc hội'],
    numberSymbol: 'UBTVQH',
    current: true,
  },
  { key: 'chu-tich-nuoc', vi: 'Chủ tịch nước', en: 'President', aliases: ['CTN'], numberSymbol: 'CTN', current: true },
  { key: 'chinh-phu', vi: 'Chính phủ', en: 'Government', aliases: ['CP'], numberSymbol: 'CP', current: true },
  { key: 'thu-tuong', vi: 'Thủ tướng Chính phủ', en: 'Prime Minister', aliases: ['Thủ tướng', 'TTg', 'TTCP'], enAliases: ['PM'], numberSymbol: 'TTg', current: true },
  { key: 'van-phong-chinh-phu', vi: 'Văn phòng Chính phủ', en: 'Government Office', aliases: ['VPCP'], numberSymbol: 'VPCP', current: true },
  { key: 'bo-tai-chinh', vi: 'Bộ Tài chính', en: 'Ministry of Finance', aliases: ['Bộ TC', 'BTC'], enAliases: ['MOF'], numberSymbol: 'BTC', current: true },
  {
    key: 'bo-ke-hoach-dau-tu',
    vi: 'Bộ Kế hoạch và Đầu tư',
    en: 'Ministry of Planning and Investment',
    aliases: ['Bộ KHĐT', 'BKHĐT', 'Bộ KH&ĐT'],
    enAliases: ['MPI'],
    numberSymbol: 'BKHĐT',
    current: false,
  },
  { key: 'bo-cong-thuong', vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade', aliases: ['Bộ CT', 'BCT'], enAliases: ['MOIT'], numberSymbol: 'BCT', current: true },
  { key: 'bo-xay-dung', vi: 'Bộ Xây dựng', en: 'Ministry of Construction', aliases: ['Bộ XD', 'BXD'], enAliases: ['MOC'], numberSymbol: 'BXD', current: true },
  { key: 'bo-giao-thong-van-tai', vi: 'Bộ Giao thông vận tải', en: 'Ministry of Transport', aliases: ['Bộ GTVT', 'BGTVT'], enAliases: ['MOT'], numberSymbol: 'BGTVT', current: false },
  {
    key: 'bo-tai-nguyen-moi-truong',
    vi: 'Bộ Tài nguyên và Môi trường',
    en: 'Ministry of Natural Resources and Environment',
    aliases: ['Bộ TNMT', 'BTNMT', 'Bộ TN&MT'],
    enAliases: ['MONRE'],
    numberSymbol: 'BTNMT',
    current: false,
  },
  {
    key: 'bo-nong-nghiep-ptnt',
    vi: 'Bộ Nông nghiệp và Phát triển nông thôn',
    en: 'Ministry of Agriculture and Rural Development',
    aliases: ['Bộ NNPTNT', 'BNNPTNT', 'Bộ NN&PTNT'],
    enAliases: ['MARD'],
    numberSymbol: 'BNNPTNT',
    current: false,
  },
  { key: 'bo-nong-nghiep-moi-truong', vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment', aliases: ['Bộ NNMT', 'Bộ NN&MT'], current: true },
  { key: 'bo-noi-vu', vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs', aliases: ['Bộ NV', 'BNV'], enAliases: ['MOHA'], numberSymbol: 'BNV', current: true },
  {
    key: 'bo-lao-dong-tbxh',
    vi: 'Bộ Lao động - Thương binh và Xã hội',
    en: 'Ministry of Labour, Invalids and Social Affairs',
    aliases: ['Bộ LĐTBXH', 'BLĐTBXH', 'Bộ LĐ-TB&XH'],
    enAliases: ['MOLISA'],
    numberSymbol: 'BLĐTBXH',
    current: false,
  },
  { key: 'bo-tu-phap', vi: 'Bộ Tư pháp', en: 'Ministry of Justice', aliases: ['Bộ TP', 'BTP'], enAliases: ['MOJ'], numberSymbol: 'BTP', current: true },
  { key: 'bo-y-te', vi: 'Bộ Y tế', en: 'Ministry of Health', aliases: ['Bộ YT', 'BYT'], enAliases: ['MOH'], numberSymbol: 'BYT', current: true },
  {
    key: 'bo-giao-duc-dao-tao',
    vi: 'Bộ Giáo dục và Đào tạo',
    en: 'Ministry of Education and Training',
    aliases: ['Bộ GDĐT', 'BGDĐT', 'Bộ GD&ĐT'],
    enAliases: ['MOET'],
    numberSymbol: 'BGDĐT',
    current: true,
  },
  { key: 'bo-cong-an', vi: 'Bộ Công an', en: 'Ministry of Public Security', aliases: ['Bộ CA', 'BCA'], enAliases: ['MPS'], numberSymbol: 'BCA', current: true },
  { key: 'bo-quoc-phong', vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence', aliases: ['Bộ QP', 'BQP'], enAliases: ['MOND'], numberSymbol: 'BQP', current: true },
  { key: 'bo-ngoai-giao', vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs', aliases: ['Bộ NG', 'BNG'], enAliases: ['MOFA'], numberSymbol: 'BNG', current: true },
  {
    key: 'bo-khoa-hoc-cong-nghe',
    vi: 'Bộ Khoa học và Công nghệ',
    en: 'Ministry of Science and Technology',
    aliases: ['Bộ KHCN', 'BKHCN', 'Bộ KH&CN'],
    enAliases: ['MOST'],
    numberSymbol: 'BKHCN',
    current: true,
  },
  {
    key: 'bo-thong-tin-truyen-thong',
    vi: 'Bộ Thông tin và Truyền thông',
    en: 'Ministry of Information and Communications',
    aliases: ['Bộ TTTT', 'BTTTT', 'Bộ TT&TT'],
    enAliases: ['MIC'],
    numberSymbol: 'BTTTT',
    current: false,
  },
  {
    key: 'bo-van-hoa-tt-dl',
    vi: 'Bộ Văn hóa, Thể thao và Du lịch',
    en: 'Ministry of Culture, Sports and Tourism',
    aliases: ['Bộ VHTTDL', 'BVHTTDL'],
    enAliases: ['MOCST'],
    numberSymbol: 'BVHTTDL',
    current: true,
  },
  { key: 'bo-dan-toc-ton-giao', vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic and Religious Affairs', aliases: ['Bộ DTTG'], current: true },
  { key: 'uy-ban-dan-toc', vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs', aliases: ['UBDT'], numberSymbol: 'UBDT', current: false },
  { key: 'ngan-hang-nha-nuoc', vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam', aliases: ['Ngân hàng Nhà nước', 'NHNN'], enAliases: ['SBV'], numberSymbol: 'NHNN', current: true },
  { key: 'thanh-tra-chinh-phu', vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate', aliases: ['TTCP'], numberSymbol: 'TTCP', current: true },
  { key: 'kiem-toan-nha-nuoc', vi: 'Kiểm toán nhà nước', en: 'State Audit Office', aliases: ['KTNN'], enAliases: ['SAV'], numberSymbol: 'KTNN', current: true },
  { key: 'tand-toi-cao', vi: 'Tòa án nhân dân tối cao', en: "Supreme People's Court", aliases: ['TANDTC'], numberSymbol: 'TANDTC', current: true },
  { key: 'vksnd-toi-cao', vi: 'Viện kiểm sát nhân dân tối cao', en: "Supreme People's Procuracy", aliases: ['VKSNDTC'], numberSymbol: 'VKSNDTC', current: true },
]

const BY_KEY = new Map(CENTRAL_ISSUERS.map((i) => [i.key, i]))

export function centralIssuer(key: string | null | undefined): CentralIssuer | undefined {
  return key ? BY_KEY.get(key) : undefined
}

/** Options for the `centralIssuer` select (labels in both languages). */
export const CENTRAL_ISSUER_OPTIONS = CENTRAL_ISSUERS.map((i) => ({ value: i.key, label: { vi: i.vi, en: i.en } }))

/** Accent-, đ-, case- and punctuation-insensitive key for comparing names and symbols. */
export function issuerFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đðĐÐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const BY_NAME = new Map<string, CentralIssuer>()
const AMBIGUOUS = new Set<string>()
for (const i of CENTRAL_ISSUERS) {
  for (const n of [i.vi, i.en, ...i.aliases, ...(i.enAliases ?? [])]) {
    const k = issuerFold(n)
    const known = BY_NAME.get(k)
    // A short form two bodies share ("TTCP": Thủ tướng / Thanh tra Chính phủ) names neither.
    if (known && known !== i) AMBIGUOUS.add(k)
    else BY_NAME.set(k, i)
  }
}
for (const k of AMBIGUOUS) BY_NAME.delete(k)

/** The central body a free-text name or acronym names ("Bộ Tài chính", "bo tai chinh", "BTC", "Ministry of Finance"). */
export function centralIssuerByName(text: string | null | undefined): CentralIssuer | undefined {
  return text ? BY_NAME.get(issuerFold(text)) : undefined
}

/**
 * The central body a document number names by its issuer symbol: "15/2021/NĐ-CP" → Chính phủ,
 * "28/2021/QĐ-TTg" → Thủ tướng, "80/2015/QH13" → Quốc hội, "01/2016/TTLT-BTC-BNV" → the first.
 * `issuerAbbr` is the symbol after the type (see parseDocNumber).
 */
export function centralIssuerBySymbol(issuerAbbr: string | null | undefined): CentralIssuer | undefined {
  if (!issuerAbbr) return undefined
  const first = issuerFold(issuerAbbr.split('-')[0] ?? '').replace(/ /g, '')
  if (/^qh\d{2}$/.test(first)) return BY_KEY.get('quoc-hoi')
  return CENTRAL_ISSUERS.find((i) => i.numberSymbol && issuerFold(i.numberSymbol).replace(/ /g, '') === first)
}

/**
 * Short forms of a province agency's name, generated from its leading words:
 * "Ủy ban nhân dân tỉnh Hà Tĩnh" → "UBND tỉnh Hà Tĩnh", "UBND tỉnh", "UBND", "Ủy ban tỉnh";
 * "Hội đồng nhân dân tỉnh Hà Tĩnh" → "HĐND tỉnh Hà Tĩnh", "HĐND tỉnh", "HĐND".
 * "Sở Tài chính" gains nothing (people type its name).
 */
const AGENCY_HEADS: readonly { long: string; short: string; extra?: string[] }[] = [
  { long: 'Ủy ban nhân dân', short: 'UBND', extra: ['Ủy ban'] },
  { long: 'Uỷ ban nhân dân', short: 'UBND', extra: ['Ủy ban'] },
  { long: 'Hội đồng nhân dân', short: 'HĐND' },
]

export function agencyAliases(name: string | null | undefined): string[] {
  if (!name) return []
  const n = name.normalize('NFC').trim()
  const out: string[] = []
  for (const h of AGENCY_HEADS) {
    if (!n.toLowerCase().startsWith(h.long.toLowerCase())) continue
    const rest = n.slice(h.long.length).trim()
    const level = rest.split(/\s+/)[0] ?? ''
    out.push(`${h.short} ${rest}`.trim())
    if (level) out.push(`${h.short} ${level}`)
    out.push(h.short)
    for (const e of h.extra ?? []) if (level) out.push(`${e} ${level}`)
  }
  return [...new Set(out)]
}
