/**
 * The four budget tables of Resolution 22/2016/NQ-HĐND (Hà Tĩnh People's Council,
 * 24/09/2016) on IT policies to improve transparency and access to information,
 * 2017–2020. Transcribed from the published text (Điều 4 khoản 4 and Phụ lục 01–03).
 * Unit: triệu đồng (million VND). Values are exactly as printed; all printed totals
 * add up (verified by `checkTotals` in src/domain/budget/seed-tables.test.ts), and the
 * three appendices sum to the resolution's 54.990 (4.470 + 50.250 + 270).
 */
import type { BudgetColumn, BudgetTable, TotalCheck } from '../domain/budget'

const UNIT = 'triệu đồng'

const yearColumns = (): BudgetColumn[] => [
  { key: 'y2017', label: { vi: 'Năm 2017', en: '2017' } },
  { key: 'y2018', label: { vi: 'Năm 2018', en: '2018' } },
  { key: 'y2019', label: { vi: 'Năm 2019', en: '2019' } },
  { key: 'y2020', label: { vi: 'Năm 2020', en: '2020' } },
]

const appendixColumns = (): BudgetColumn[] => [
  { key: 'total', label: { vi: 'Tổng kinh phí', en: 'Total funding' } },
  ...yearColumns(),
]

const appendixHeadings = (): NonNullable<BudgetTable['headings']> => ({
  code: { vi: 'TT', en: 'No.' },
  label: { vi: 'Nội dung thực hiện', en: 'Activity' },
})

/** Total column = Σ year columns, in every row. */
const totalColumnCheck = (): TotalCheck => ({ type: 'column-sum', targetColumn: 0, of: [1, 2, 3, 4] })

/** Điều 4 khoản 4 — Cơ cấu bố trí kinh phí theo từng năm (funding by year and source). */
export const FUNDING_BY_YEAR_22_2016: BudgetTable = {
  unit: UNIT,
  headings: { label: { vi: 'Năm', en: 'Year' } },
  columns: [{ key: 'y2017_2020', label: { vi: '2017- 2020', en: '2017–2020' } }, ...yearColumns()],
  rows: [
    { code: '', label: { vi: 'Tổng kinh phí', en: 'Total funding' }, values: [54990, 11875, 16645, 17025, 9445], kind: 'total' },
    { code: '', label: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' }, values: [31180, 7555, 9295, 9125, 5205], kind: 'item' },
    { code: '', label: { vi: 'Ngân sách huyện', en: 'District budgets' }, values: [19810, 3320, 6350, 6900, 3240], kind: 'item' },
    {
      code: '',
      label: { vi: 'Nguồn huy động hợp pháp khác', en: 'Other lawfully mobilised sources' },
      values: [4000, 1000, 1000, 1000, 1000],
      kind: 'item',
    },
  ],
  checks: [
    { type: 'row-sum', target: 0, of: [1, 2, 3] },
    { type: 'column-sum', targetColumn: 0, of: [1, 2, 3, 4] },
  ],
}

/** Phụ lục 01 — Dự toán tuyên truyền, tập huấn … */
export const APPENDIX_01_22_2016: BudgetTable = {
  unit: UNIT,
  headings: appendixHeadings(),
  columns: appendixColumns(),
  rows: [
    {
      code: '1',
      label: {
        vi: 'Xây dựng các phóng sự, chuyên mục về hoạt động cung cấp thông tin, nâng cao chỉ số tính minh bạch trong hoạt động của cơ quan nhà nước trên địa bàn tỉnh hàng năm',
      },
      values: [230, 50, 60, 60, 60],
      kind: 'item',
    },
    {
      code: '2',
      label: {
        vi: 'Xây dựng ấn phẩm điện tử về cung cấp thông tin và hướng dẫn cách thức khai thác thông tin, giao dịch trực tuyến với cơ quan nhà nước trên môi trường mạng',
      },
      values: [150, 150, 0, 0, 0],
      kind: 'item',
    },
    {
      code: '3',
      label: {
        vi: 'Tổ chức chương trình tập huấn cho người dân tại các xã, phường, thị trấn và doanh nghiệp trong toàn tỉnh; kết hợp điều tra, thu thập thông tin về mức độ cải thiện sự hài lòng của doanh nghiệp, người dân hàng năm',
      },
      values: [2970, 500, 800, 900, 770],
      kind: 'item',
    },
    {
      code: '4',
      label: { vi: 'Đào tạo bồi dưỡng Lãnh đạo CIO và đội ngũ chuyên trách CNTT các cấp, các ngành.' },
      values: [1120, 0, 350, 400, 370],
      kind: 'item',
    },
    { code: '', label: { vi: 'Tổng', en: 'Total' }, values: [4470, 700, 1210, 1360, 1200], kind: 'total' },
  ],
  checks: [{ type: 'row-sum', target: 4, of: [0, 1, 2, 3] }, totalColumnCheck()],
}

/** Phụ lục 02 — Dự toán đầu tư ứng dụng công nghệ thông tin. */
export const APPENDIX_02_22_2016: BudgetTable = {
  unit: UNIT,
  headings: appendixHeadings(),
  columns: appendixColumns(),
  rows: [
    {
      code: '1',
      label: {
        vi: 'Rà soát, đánh giá và đầu tư đồng bộ trang thiết bị tin học, ứng dụng phần mềm tại Bộ phận tiếp nhận và trả kết quả theo mô hình hiện đại cho UBND cấp huyện và cấp xã (trừ các đơn vị đã đầu tư và các đơn vị làm điểm Trung tâm hành chính tập trung)',
      },
      values: [25000, 5000, 8000, 8000, 4000],
      kind: 'item',
    },
    {
      code: '2',
      label: {
        vi: 'Tổ chức rà soát, đánh giá chất lượng Cổng thông tin điện tử của tỉnh, UBND cấp huyện và các sở, ban, ngành về chức năng, tính năng, điều kiện kỹ thuật đáp ứng các yêu cầu về minh bạch thông tin, tích hợp liên thông và cung cấp dịch vụ công trực tuyến. Hoàn thiện các Cổng/trang thông tin điện tử chưa đảm bảo yêu cầu.',
      },
      values: [700, 700, 0, 0, 0],
      kind: 'item',
    },
    {
      code: '3',
      label: {
        vi: 'Xây dựng phần mềm tự động trích lọc, thống kê quá trình công khai minh bạch hóa thông tin hoạt động của cơ quan nhà nước trên cổng thông tin điện tử của các đơn vị, hỗ trợ quá trình giám sát, đánh giá và chấm điểm mức độ cải thiện chỉ số tính minh bạch và tiếp cận thông tin của từng cơ quan đơn vị',
      },
      values: [1500, 1500, 0, 0, 0],
      kind: 'item',
    },
    {
      code: '4',
      label: {
        vi: 'Nâng cấp Cổng thông tin điện tử của tỉnh đảm bảo điều kiện công khai minh bạch thông tin và tích hợp liên thông; xây dựng phiên bản tiếng Anh cho Cổng thông tin điện tử tỉnh',
      },
      values: [2000, 500, 1000, 500, 0],
      kind: 'item',
    },
    {
      code: '5',
      label: {
        vi: 'Nâng cấp Sàn giao dịch thương mại điện tử tỉnh, hỗ trợ doanh nghiệp phát triển các gian hàng điện tử phục vụ phát triển sản xuất kinh doanh, mở rộng thị trường',
      },
      values: [750, 300, 150, 150, 150],
      kind: 'item',
    },
    {
      code: '6',
      label: {
        vi: 'Xây dựng chuyên mục "Tư vấn hỗ trợ pháp lý" tích hợp lên Cổng thông tin điện tử tỉnh và nâng cấp Chuyên mục “Doanh nghiệp hỏi - Cơ quan nhà nước trả lời”',
      },
      values: [300, 100, 200, 0, 0],
      kind: 'item',
    },
    {
      code: '7',
      label: {
        vi: 'Triển khai thêm 400 dịch vụ công trực tuyến mức độ 3 và 50 dịch vụ công trực tuyến mức độ 4 thiết yếu đối với người dân và doanh nghiệp, tích hợp trên Cổng dịch vụ công của tỉnh',
      },
      values: [20000, 3000, 6000, 7000, 4000],
      kind: 'item',
    },
    { code: '', label: { vi: 'Tổng', en: 'Total' }, values: [50250, 11100, 15350, 15650, 8150], kind: 'total' },
  ],
  checks: [{ type: 'row-sum', target: 7, of: [0, 1, 2, 3, 4, 5, 6] }, totalColumnCheck()],
}

/** Phụ lục 03 — Dự toán tổ chức giám sát, đánh giá kết quả … */
export const APPENDIX_03_22_2016: BudgetTable = {
  unit: UNIT,
  headings: appendixHeadings(),
  columns: appendixColumns(),
  rows: [
    {
      code: '1',
      label: {
        vi: 'Ban hành danh mục thông tin cần được công khai minh bạch và bộ tiêu chí đánh giá chỉ số tính minh bạch trong cơ quan nhà nước',
      },
      values: [30, 30, 0, 0, 0],
      kind: 'item',
    },
    {
      code: '2',
      label: {
        vi: 'Ban hành Quy chế công khai minh bạch thông tin và đánh giá trách nhiệm người đứng đầu trong việc thực hiện công khai và hỗ trợ Nhân dân, Doanh nghiệp tiếp cận thông tin',
      },
      values: [30, 30, 0, 0, 0],
      kind: 'item',
    },
    {
      code: '3',
      label: {
        vi: 'Tổ chức đánh giá kết quả cải thiện chỉ số tính minh bạch và tiếp cận thông tin của các cơ quan nhà nước địa bàn tỉnh hàng năm',
      },
      values: [60, 15, 15, 15, 15],
      kind: 'item',
    },
    {
      code: '4',
      label: {
        vi: 'Tổ chức Hội nghị đánh giá giữa kỳ, cuối kỳ của việc thực hiện Đề án và chuẩn bị cho giai đoạn tiếp theo',
      },
      values: [150, 0, 70, 0, 80],
      kind: 'item',
    },
    { code: '', label: { vi: 'Tổng', en: 'Total' }, values: [270, 75, 85, 15, 95], kind: 'total' },
  ],
  checks: [{ type: 'row-sum', target: 4, of: [0, 1, 2, 3] }, totalColumnCheck()],
}

export interface SeedBudgetTable {
  id: string
  /** Where in the resolution the table appears. */
  source: { document: '22/2016/NQ-HĐND'; location: { vi: string; en: string } }
  title: { vi: string; en: string }
  table: BudgetTable
}

export const BUDGET_TABLES_22_2016: readonly SeedBudgetTable[] = [
  {
    id: 'nq-22-2016-funding-by-year',
    source: { document: '22/2016/NQ-HĐND', location: { vi: 'Điều 4, khoản 4', en: 'Article 4, clause 4' } },
    title: {
      vi: 'Cơ cấu bố trí kinh phí theo từng năm',
      en: 'Allocation of funding by year and source',
    },
    table: FUNDING_BY_YEAR_22_2016,
  },
  {
    id: 'nq-22-2016-phu-luc-01',
    source: { document: '22/2016/NQ-HĐND', location: { vi: 'Phụ lục 01', en: 'Appendix 01' } },
    title: {
      vi: 'DỰ TOÁN TUYÊN TRUYỀN, TẬP HUẤN NÂNG CAO NHẬN THỨC VÀ KỸ NĂNG ỨNG DỤNG CNTT CHO NGƯỜI DÂN, DOANH NGHIỆP ĐỂ TIẾP CẬN, KHAI THÁC THÔNG TIN VÀ GIAO DỊCH VỚI CƠ QUAN NHÀ NƯỚC TRÊN MÔI TRƯỜNG MẠNG',
      en: 'Estimate for communication and training to raise awareness and IT skills of citizens and businesses to access information and transact with state agencies online',
    },
    table: APPENDIX_01_22_2016,
  },
  {
    id: 'nq-22-2016-phu-luc-02',
    source: { document: '22/2016/NQ-HĐND', location: { vi: 'Phụ lục 02', en: 'Appendix 02' } },
    title: {
      vi: 'DỰ TOÁN ĐẦU TƯ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN',
      en: 'Estimate for investment in information technology applications',
    },
    table: APPENDIX_02_22_2016,
  },
  {
    id: 'nq-22-2016-phu-luc-03',
    source: { document: '22/2016/NQ-HĐND', location: { vi: 'Phụ lục 03', en: 'Appendix 03' } },
    title: {
      vi: 'DỰ TOÁN TỔ CHỨC GIÁM SÁT, ĐÁNH GIÁ KẾT QUẢ CẢI THIỆN CHỈ SỐ TÍNH MINH BẠCH VÀ TIẾP CẬN THÔNG TIN CỦA CÁC CƠ QUAN NHÀ NƯỚC ĐỊA BÀN TỈNH',
      en: 'Estimate for monitoring and evaluating the improvement of the transparency and access-to-information index of state agencies in the province',
    },
    table: APPENDIX_03_22_2016,
  },
]
