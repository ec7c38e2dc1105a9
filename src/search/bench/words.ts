/**
 * Word lists for the search benchmark corpus (scripts/bench-search.ts).
 * Vietnamese administrative vocabulary, ordered roughly from most to least frequent;
 * the generator samples them with a Zipf-like distribution.
 */

/** Very frequent administrative phrases (appear in most documents). */
export const COMMON_PHRASES: string[] = [
  'ủy ban nhân dân', 'tỉnh Hà Tĩnh', 'hội đồng nhân dân', 'quyết định', 'nghị quyết', 'thực hiện',
  'theo quy định', 'các cơ quan', 'đơn vị', 'địa phương', 'tổ chức', 'cá nhân', 'trên địa bàn tỉnh',
  'kế hoạch', 'triển khai', 'nhiệm vụ', 'giải pháp', 'chủ tịch', 'phó chủ tịch', 'sở', 'ban ngành',
  'huyện', 'thị xã', 'thành phố', 'xã', 'phường', 'thị trấn', 'năm', 'tháng', 'ngày', 'về việc',
  'căn cứ', 'luật', 'nghị định', 'thông tư', 'chính phủ', 'bộ', 'trung ương', 'quy định', 'hướng dẫn',
  'chỉ đạo', 'báo cáo', 'kết quả', 'đánh giá', 'tình hình', 'phát triển', 'kinh tế', 'xã hội', 'quản lý',
  'nhà nước', 'cán bộ', 'công chức', 'viên chức', 'người dân', 'doanh nghiệp', 'dự án', 'đầu tư',
  'ngân sách', 'kinh phí', 'nguồn vốn', 'quy hoạch', 'xây dựng', 'công trình', 'giao thông', 'đường',
  'nông nghiệp', 'nông thôn mới', 'môi trường', 'tài nguyên', 'đất đai', 'giáo dục', 'y tế', 'văn hóa',
  'du lịch', 'an ninh', 'quốc phòng', 'trật tự', 'an toàn', 'phòng chống', 'thiên tai', 'cải cách hành chính',
  'thủ tục hành chính', 'dịch vụ công', 'trực tuyến', 'chuyển đổi số', 'công nghệ thông tin', 'hiệu quả',
  'chất lượng', 'nâng cao', 'tăng cường', 'đẩy mạnh', 'phối hợp', 'kiểm tra', 'giám sát', 'thanh tra',
  'xử lý', 'vi phạm', 'trách nhiệm', 'thẩm quyền', 'phê duyệt', 'ban hành', 'sửa đổi', 'bổ sung',
  'bãi bỏ', 'hiệu lực', 'kể từ ngày', 'ký', 'điều', 'khoản', 'mục', 'chương', 'phụ lục', 'danh mục',
]

/** Mid-frequency vocabulary. */
export const WORDS: string[] = [
  'dương', 'đường tỉnh', 'đường huyện', 'quốc lộ', 'cầu', 'cống', 'kênh mương', 'thủy lợi', 'hồ chứa',
  'đê điều', 'bờ biển', 'cảng', 'khu kinh tế', 'khu công nghiệp', 'cụm công nghiệp', 'thương mại', 'dịch vụ',
  'xuất khẩu', 'nhập khẩu', 'thuế', 'phí', 'lệ phí', 'giá', 'bồi thường', 'hỗ trợ', 'tái định cư',
  'giải phóng mặt bằng', 'thu hồi đất', 'giao đất', 'cho thuê đất', 'chuyển mục đích sử dụng đất',
  'giấy chứng nhận', 'quyền sử dụng đất', 'nhà ở', 'đô thị', 'chỉnh trang', 'cấp nước', 'thoát nước',
  'rác thải', 'chất thải rắn', 'nước thải', 'ô nhiễm', 'biến đổi khí hậu', 'rừng', 'lâm nghiệp',
  'trồng rừng', 'bảo vệ rừng', 'thủy sản', 'nuôi trồng', 'đánh bắt', 'chăn nuôi', 'trồng trọt', 'lúa',
  'cây ăn quả', 'cam', 'bưởi Phúc Trạch', 'cam Khe Mây', 'chè', 'cao su', 'sản phẩm OCOP', 'hợp tác xã',
  'kinh tế tập thể', 'khuyến nông', 'giống cây trồng', 'vật nuôi', 'dịch bệnh', 'tiêm phòng', 'thú y',
  'trường học', 'học sinh', 'giáo viên', 'mầm non', 'tiểu học', 'trung học cơ sở', 'trung học phổ thông',
  'đại học', 'cao đẳng', 'dạy nghề', 'đào tạo', 'bồi dưỡng', 'tuyển dụng', 'biên chế', 'tinh giản',
  'bệnh viện', 'trạm y tế', 'bác sĩ', 'bảo hiểm y tế', 'bảo hiểm xã hội', 'người có công', 'thương binh',
  'liệt sĩ', 'hộ nghèo', 'cận nghèo', 'giảm nghèo', 'an sinh xã hội', 'trẻ em', 'người cao tuổi',
  'người khuyết tật', 'bình đẳng giới', 'phụ nữ', 'thanh niên', 'đoàn thể', 'mặt trận tổ quốc', 'công đoàn',
  'hội nông dân', 'cựu chiến binh', 'di tích', 'lễ hội', 'bảo tàng', 'thư viện', 'thể dục thể thao',
  'phát thanh', 'truyền hình', 'báo chí', 'xuất bản', 'quảng cáo', 'viễn thông', 'bưu chính', 'internet',
  'cơ sở dữ liệu', 'phần mềm', 'chữ ký số', 'hồ sơ', 'một cửa', 'liên thông', 'tiếp công dân',
  'khiếu nại', 'tố cáo', 'kiến nghị', 'phản ánh', 'hòa giải', 'tư pháp', 'hộ tịch', 'công chứng',
  'chứng thực', 'thi hành án', 'phổ biến pháp luật', 'tòa án', 'viện kiểm sát', 'công an', 'quân sự',
  'biên phòng', 'dân quân tự vệ', 'phòng cháy chữa cháy', 'cứu hộ', 'cứu nạn', 'bão', 'lũ lụt', 'hạn hán',
  'sạt lở', 'xâm nhập mặn', 'di dời', 'khắc phục hậu quả', 'tài chính', 'kế toán', 'kiểm toán',
  'quyết toán', 'dự toán', 'thu ngân sách', 'chi ngân sách', 'đầu tư công', 'vốn vay', 'ODA',
  'đối tác công tư', 'đấu thầu', 'chỉ định thầu', 'nhà thầu', 'chủ đầu tư', 'tư vấn', 'thiết kế',
  'thẩm định', 'nghiệm thu', 'bàn giao', 'bảo trì', 'sửa chữa', 'nâng cấp', 'mở rộng', 'cải tạo',
  'khởi công', 'hoàn thành', 'tiến độ', 'chậm tiến độ', 'điều chỉnh', 'gia hạn', 'tạm dừng', 'chấm dứt',
  'thành lập', 'giải thể', 'sáp nhập', 'chia tách', 'điều động', 'bổ nhiệm', 'miễn nhiệm', 'khen thưởng',
  'kỷ luật', 'thi đua', 'bằng khen', 'giấy khen', 'danh hiệu', 'chiến sĩ thi đua', 'tập thể lao động xuất sắc',
  'hoàn thành xuất sắc nhiệm vụ', 'đại hội', 'hội nghị', 'kỳ họp', 'chất vấn', 'tiếp xúc cử tri', 'bầu cử',
  'đại biểu', 'thường trực', 'ban kinh tế ngân sách', 'ban pháp chế', 'ban văn hóa xã hội', 'ban dân tộc',
  'văn phòng', 'sở tài chính', 'sở kế hoạch và đầu tư', 'sở xây dựng', 'sở giao thông vận tải',
  'sở nông nghiệp và phát triển nông thôn', 'sở tài nguyên và môi trường', 'sở y tế', 'sở giáo dục và đào tạo',
  'sở nội vụ', 'sở tư pháp', 'sở công thương', 'sở thông tin và truyền thông', 'sở lao động thương binh và xã hội',
  'sở văn hóa thể thao và du lịch', 'sở khoa học và công nghệ', 'ban quản lý khu kinh tế', 'thanh tra tỉnh',
  'kho bạc nhà nước', 'cục thuế', 'hải quan', 'ngân hàng', 'tín dụng', 'vay vốn', 'lãi suất', 'bảo lãnh',
]

/** Rare, specific words and names (each appears in a small share of documents). */
export const RARE_WORDS: string[] = [
  'Vũng Áng', 'Formosa', 'Sơn Kim', 'Cầu Treo', 'Thiên Cầm', 'Xuân Thành', 'Kỳ Ninh', 'Hồng Lĩnh',
  'Hương Khê', 'Hương Sơn', 'Đức Thọ', 'Vũ Quang', 'Nghi Xuân', 'Can Lộc', 'Lộc Hà', 'Thạch Hà', 'Cẩm Xuyên',
  'Kỳ Anh', 'Thạch Kim', 'Cửa Sót', 'Cửa Nhượng', 'Ngàn Phố', 'Ngàn Sâu', 'sông La', 'sông Lam', 'Kẻ Gỗ',
  'Ngàn Trươi', 'Hồ Chí Minh', 'Phan Đình Phùng', 'Nguyễn Du', 'Truyện Kiều', 'Ngã ba Đồng Lộc', 'Hải Thượng Lãn Ông',
  'Trần Phú', 'Lê Hữu Trác', 'Xuân Diệu', 'Huy Cận', 'Nguyễn Công Trứ', 'ví giặm', 'ca trù', 'nhút Thanh Chương',
  'kẹo cu đơ', 'bánh đa vừng', 'mực nhảy', 'cáp treo', 'điện gió', 'điện mặt trời', 'nhiệt điện', 'lọc hóa dầu',
  'thép', 'luyện kim', 'sân golf', 'resort', 'homestay', 'trang trại', 'gia trại', 'nấm linh chi', 'mật ong',
  'hươu sao', 'tinh dầu', 'dược liệu', 'sâm', 'rừng ngập mặn', 'san hô', 'rùa biển', 'voọc', 'sao la',
  'đa dạng sinh học', 'vườn quốc gia', 'khu bảo tồn', 'kiểm lâm', 'cháy rừng', 'keo lai', 'thông nhựa',
  'nhựa thông', 'muối', 'diêm dân', 'làng nghề', 'mộc', 'rèn', 'gốm', 'dệt', 'chiếu cói', 'nước mắm',
  'kiểm ngư', 'tàu cá', 'ngư dân', 'âu thuyền', 'neo đậu', 'hải đăng', 'đèn biển', 'đo đạc', 'bản đồ địa chính',
  'mốc giới', 'địa giới hành chính', 'sáp nhập xã', 'thôn', 'tổ dân phố', 'trưởng thôn', 'hương ước',
  'quy ước', 'khu dân cư kiểu mẫu', 'vườn mẫu', 'đường giao thông nông thôn', 'bê tông hóa', 'nhựa hóa',
  'điện chiếu sáng', 'camera an ninh', 'nhà văn hóa', 'sân vận động', 'bể bơi', 'đuối nước', 'ma túy',
  'mại dâm', 'buôn lậu', 'gian lận thương mại', 'hàng giả', 'an toàn thực phẩm', 'ngộ độc', 'sốt xuất huyết',
  'tay chân miệng', 'COVID-19', 'vắc xin', 'cách ly', 'xét nghiệm', 'khẩu trang', 'oxy', 'máy thở',
  'blockchain', 'trí tuệ nhân tạo', 'điện toán đám mây', 'an toàn thông tin', 'mã độc', 'tường lửa',
  'khởi nghiệp', 'đổi mới sáng tạo', 'sở hữu trí tuệ', 'nhãn hiệu', 'chỉ dẫn địa lý', 'truy xuất nguồn gốc',
  'tem điện tử', 'thương mại điện tử', 'sàn giao dịch', 'hội chợ', 'triển lãm', 'xúc tiến đầu tư',
  'Lào', 'Bolikhamxay', 'Khammouane', 'Nhật Bản', 'Hàn Quốc', 'Đài Loan', 'Thái Lan', 'Singapore',
]

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Thái', 'Hà', 'Đoàn']
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đình', 'Hữu', 'Quốc', 'Minh', 'Xuân', 'Ngọc', 'Thanh', 'Đức', 'Công', 'Anh']
export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lâm',
  'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Nghĩa', 'Phong', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Thảo',
  'Thủy', 'Tiến', 'Trang', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Yến',
]

export const DOC_TYPES: { code: string; name: string }[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'CV', name: 'Công văn' },
  { code: 'TTr', name: 'Tờ trình' },
]

export const AGENCIES: { slug: string; code: string; name: string }[] = [
  { slug: 'ubnd-tinh', code: 'UBND', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh' },
  { slug: 'hdnd-tinh', code: 'HĐND', name: 'Hội đồng nhân dân tỉnh Hà Tĩnh' },
  { slug: 'so-tai-chinh', code: 'STC', name: 'Sở Tài chính' },
  { slug: 'so-khdt', code: 'SKHĐT', name: 'Sở Kế hoạch và Đầu tư' },
  { slug: 'so-xay-dung', code: 'SXD', name: 'Sở Xây dựng' },
  { slug: 'so-gtvt', code: 'SGTVT', name: 'Sở Giao thông vận tải' },
  { slug: 'so-nnptnt', code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  { slug: 'so-tnmt', code: 'STNMT', name: 'Sở Tài nguyên và Môi trường' },
  { slug: 'so-y-te', code: 'SYT', name: 'Sở Y tế' },
  { slug: 'so-gddt', code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo' },
  { slug: 'so-noi-vu', code: 'SNV', name: 'Sở Nội vụ' },
  { slug: 'so-tu-phap', code: 'STP', name: 'Sở Tư pháp' },
  { slug: 'so-tttt', code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  { slug: 'bql-kkt', code: 'BQL', name: 'Ban Quản lý Khu kinh tế tỉnh' },
]

export const SECTIONS = ['legal-documents', 'news', 'announcements', 'procedures'] as const

/** Sentence openers typical of Vietnamese administrative texts. */
export const OPENERS: string[] = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
  'Căn cứ Luật Ban hành văn bản quy phạm pháp luật',
  'Theo đề nghị của Giám đốc',
  'Xét Tờ trình của Ủy ban nhân dân tỉnh',
  'Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh',
  'Nhằm nâng cao hiệu quả công tác',
  'Để triển khai kịp thời',
  'Trong thời gian qua',
  'Ủy ban nhân dân tỉnh yêu cầu',
  'Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII kỳ họp thứ',
]
