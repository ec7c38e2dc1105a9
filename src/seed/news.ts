import type { News } from '@/payload-types'

export interface SeedNews {
  slug: string
  agency: string
  publishedAt: string
  topics: NonNullable<News['topics']>
  vi: { title: string; summary: string; body: string[] }
  en?: { title: string; summary: string; body: string[] }
}

export const SEED_NEWS: SeedNews[] = [
  {
    slug: 'ra-mat-cong-thong-tin-dien-tu-tinh-phien-ban-moi',
    agency: 'so-khoa-hoc-va-cong-nghe',
    publishedAt: '2026-11-20T08:00:00.000Z',
    topics: ['digital'],
    vi: {
      title: 'Ra mắt Cổng thông tin điện tử tỉnh phiên bản mới',
      summary: 'Cổng mới song ngữ Việt – Anh, tìm kiếm không dấu và công khai ngân sách dưới dạng dữ liệu mở.',
      body: [
        'Sở Khoa học và Công nghệ đã đưa vào vận hành phiên bản mới của Cổng thông tin điện tử tỉnh Hà Tĩnh.',
        'Cổng cho phép người dân tìm bất kỳ văn bản đã công khai nào, kể cả khi gõ không dấu, và cung cấp số liệu ngân sách dưới dạng bảng dữ liệu có thể tải về.',
      ],
    },
    en: {
      title: 'New provincial portal launched',
      summary: 'A bilingual Vietnamese–English portal with accent-free search and budget disclosures as open data.',
      body: [
        'The Department of Science and Technology has launched the new Ha Tinh provincial portal.',
        'Citizens can find any disclosed document, even when typing without Vietnamese accents, and download budget figures as data tables.',
      ],
    },
  },
  {
    slug: 'cong-khai-du-toan-ngan-sach-tinh-nam-2027',
    agency: 'so-tai-chinh',
    publishedAt: '2026-11-25T02:30:00.000Z',
    topics: ['economy', 'announcements'],
    vi: {
      title: 'Công khai dự toán ngân sách tỉnh trình Hội đồng nhân dân năm 2027',
      summary: 'Sở Tài chính công khai dự toán ngân sách địa phương năm 2027 trình kỳ họp cuối năm của HĐND tỉnh.',
      body: [
        'Thực hiện Luật Ngân sách nhà nước năm 2015, Sở Tài chính công khai dự toán ngân sách địa phương năm 2027 trong thời hạn 5 ngày làm việc kể từ ngày gửi đại biểu Hội đồng nhân dân tỉnh.',
      ],
    },
  },
  {
    slug: 'hoi-nghi-xuc-tien-dau-tu-khu-kinh-te-vung-ang',
    agency: 'ban-quan-ly-khu-kinh-te',
    publishedAt: '2026-11-10T03:00:00.000Z',
    topics: ['investment'],
    vi: {
      title: 'Hội nghị xúc tiến đầu tư vào Khu kinh tế Vũng Áng',
      summary: 'Các nhà đầu tư trong và ngoài nước tìm hiểu cơ hội đầu tư tại Khu kinh tế Vũng Áng.',
      body: ['Ban Quản lý Khu kinh tế tỉnh tổ chức hội nghị giới thiệu quỹ đất, hạ tầng và chính sách ưu đãi tại Khu kinh tế Vũng Áng.'],
    },
    en: {
      title: 'Investment promotion conference for the Vung Ang Economic Zone',
      summary: 'Domestic and foreign investors explore opportunities in the Vung Ang Economic Zone.',
      body: ['The Provincial Economic Zone Authority presented land, infrastructure and incentives available in the Vung Ang Economic Zone.'],
    },
  },
  {
    slug: 'thong-bao-ve-duong-ham-nghi',
    agency: 'so-xay-dung',
    publishedAt: '2026-11-05T01:00:00.000Z',
    topics: ['announcements'],
    vi: {
      title: 'Thông báo về việc sửa chữa mặt đường Hàm Nghi',
      summary: 'Phân luồng giao thông trên đường Hàm Nghi trong thời gian thi công.',
      body: ['Sở Xây dựng thông báo phân luồng giao thông trên đường Hàm Nghi, phường Thành Sen trong thời gian sửa chữa mặt đường.'],
    },
  },
]
