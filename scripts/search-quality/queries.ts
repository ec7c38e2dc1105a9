/**
 * Queries of the search quality benchmark, as citizens and businesses type them, each with the
 * document (by number) that should come first. Four kinds: accent-free title words, number
 * variants, accented words, and issuer + topic.
 */
export interface QualityQuery {
  kind: 'accent-free title' | 'number variant' | 'accented words' | 'issuer + topic'
  q: string
  expect: string
}

const kind =
  (k: QualityQuery['kind']) =>
  (q: string, expect: string): QualityQuery => ({ kind: k, q, expect })
const title = kind('accent-free title')
const num = kind('number variant')
const accented = kind('accented words')
const issuer = kind('issuer + topic')

export const QUERIES: QualityQuery[] = [
  title('luat dat dai 2024', '31/2024/QH15'),
  title('luat dat dai 2013', '45/2013/QH13'),
  title('luat doanh nghiep 2020', '59/2020/QH14'),
  title('luat dau tu 2020', '61/2020/QH14'),
  title('bo luat lao dong', '45/2019/QH14'),
  title('bo luat dan su', '91/2015/QH13'),
  title('luat tiep can thong tin', '104/2016/QH13'),
  title('luat an ninh mang', '24/2018/QH14'),
  title('luat can cuoc', '26/2023/QH15'),
  title('luat trat tu an toan giao thong duong bo', '36/2024/QH15'),
  title('luat phong chong tham nhung', '36/2018/QH14'),
  title('luat thuc hien dan chu o co so', '10/2022/QH15'),
  title('bao ve du lieu ca nhan', '13/2023/NĐ-CP'),
  title('cong tac van thu', '30/2020/NĐ-CP'),
  title('hoa don chung tu', '123/2020/NĐ-CP'),
  title('tuoi nghi huu', '135/2020/NĐ-CP'),
  title('the thuc va ky thuat trinh bay van ban hanh chinh', '01/2011/TT-BNV'),
  title('chuyen doi so quoc gia den nam 2025', '749/QĐ-TTg'),
  title('quy hoach tinh ha tinh thoi ky 2021 2030', '1363/QĐ-TTg'),
  title('che do ke toan doanh nghiep nho va vua', '133/2016/TT-BTC'),
  title('mot cua lien thong thu tuc hanh chinh', '61/2018/NĐ-CP'),
  title('luat ban hanh van ban quy pham phap luat 2015', '80/2015/QH13'),

  num('31/2024/QH15', '31/2024/QH15'),
  num('31/2024/qh15', '31/2024/QH15'),
  num('31 2024 QH15', '31/2024/QH15'),
  num('so 80/2015/QH13', '80/2015/QH13'),
  num('15/2021/NĐ-CP', '15/2021/NĐ-CP'),
  num('15/2021/nd-cp', '15/2021/NĐ-CP'),
  num('15 2021 ND CP', '15/2021/NĐ-CP'),
  num('Số 15/2021/NĐ-CP', '15/2021/NĐ-CP'),
  num('nghi dinh 15/2021', '15/2021/NĐ-CP'),
  num('nghi dinh 13 2023', '13/2023/NĐ-CP'),
  num('343/2016/TT-BTC', '343/2016/TT-BTC'),
  num('thong tu 343 2016', '343/2016/TT-BTC'),
  num('343/2016/tt-btc', '343/2016/TT-BTC'),
  num('1363/QĐ-TTg', '1363/QĐ-TTg'),
  num('1363/qd-ttg', '1363/QĐ-TTg'),
  num('749/QD-TTG', '749/QĐ-TTg'),
  num('102/2024/NĐ-CP', '102/2024/NĐ-CP'),
  num('nd 102/2024', '102/2024/NĐ-CP'),
  num('59/2020/QH14', '59/2020/QH14'),
  num('luat 59/2020', '59/2020/QH14'),
  num('32/2020/TT-BGDĐT', '32/2020/TT-BGDĐT'),
  num('32/2020/tt-bgddt', '32/2020/TT-BGDĐT'),

  accented('Luật Đất đai 2024', '31/2024/QH15'),
  accented('Luật Ngân sách nhà nước', '83/2015/QH13'),
  accented('Luật Tiếp cận thông tin', '104/2016/QH13'),
  accented('Luật Giao dịch điện tử 2023', '20/2023/QH15'),
  accented('Bộ luật Hình sự', '100/2015/QH13'),
  accented('Luật Bảo hiểm xã hội 2024', '41/2024/QH15'),
  accented('Luật Nhà ở 2023', '27/2023/QH15'),
  accented('Luật Đấu thầu 2023', '22/2023/QH15'),
  accented('Luật Điện lực', '61/2024/QH15'),
  accented('Luật Quy hoạch đô thị', '30/2009/QH12'),
  accented('xử phạt vi phạm hành chính trong lĩnh vực đất đai', '91/2019/NĐ-CP'),
  accented('giá đất 2024', '71/2024/NĐ-CP'),
  accented('bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất 2024', '88/2024/NĐ-CP'),
  accented('mức lương cơ sở', '24/2023/NĐ-CP'),
  accented('tuyển dụng, sử dụng và quản lý viên chức', '115/2020/NĐ-CP'),
  accented('kiểm soát tài sản, thu nhập', '130/2020/NĐ-CP'),
  accented('quản lý chi phí đầu tư xây dựng', '10/2021/NĐ-CP'),
  accented('công khai ngân sách nhà nước đối với các cấp ngân sách', '343/2016/TT-BTC'),
  accented('đánh giá học sinh trung học cơ sở', '22/2021/TT-BGDĐT'),
  accented('Chính phủ điện tử hướng tới Chính phủ số', '942/QĐ-TTg'),
  accented('định danh và xác thực điện tử', '06/QĐ-TTg'),

  issuer('bo tai chinh cong khai ngan sach', '343/2016/TT-BTC'),
  issuer('btc cong khai ngan sach don vi du toan', '61/2017/TT-BTC'),
  issuer('bo tc che do ke toan doanh nghiep', '200/2014/TT-BTC'),
  issuer('bo noi vu the thuc van ban', '01/2011/TT-BNV'),
  issuer('bo giao duc dieu le truong trung hoc', '32/2020/TT-BGDĐT'),
  issuer('chinh phu cong tac van thu', '30/2020/NĐ-CP'),
  issuer('cp dang ky doanh nghiep', '01/2021/NĐ-CP'),
  issuer('chinh phu xu phat giao thong duong bo 2024', '168/2024/NĐ-CP'),
  issuer('nghi dinh chinh phu khu cong nghiep khu kinh te 2022', '35/2022/NĐ-CP'),
  issuer('thu tuong chuyen doi so quoc gia', '749/QĐ-TTg'),
  issuer('thu tuong quyet dinh quy hoach tinh ha tinh', '1363/QĐ-TTg'),
  issuer('ttg gui nhan van ban dien tu', '28/2018/QĐ-TTg'),
  issuer('quoc hoi luat dat dai 2024', '31/2024/QH15'),
  issuer('qh luat dau tu cong 2019', '39/2019/QH14'),
  issuer('quoc hoi luat can bo cong chuc', '22/2008/QH12'),
  issuer('Ministry of Finance cong khai ngan sach cac cap', '343/2016/TT-BTC'),
  issuer('Prime Minister chuyen doi so', '749/QĐ-TTg'),
  issuer('National Assembly luat doanh nghiep 2020', '59/2020/QH14'),
  issuer('Government decree bao ve du lieu ca nhan', '13/2023/NĐ-CP'),
  issuer('nghi dinh gia dat 2014', '44/2014/NĐ-CP'),
  issuer('thong tu btc thue gia tri gia tang', '219/2013/TT-BTC'),
]
