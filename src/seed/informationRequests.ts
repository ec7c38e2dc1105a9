import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { followToken, outcome, REQUEST_DEADLINES, requestDeadlines } from '@/domain/cases'
import { addDays, toISODate, vnCalendar } from '@/domain/calendar'
import type { Agency, InformationRequest } from '@/payload-types'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, skipAudit: true } } as const

/**
 * Two demo information requests to the Department of Agriculture and Environment: one provided
 * on time after a notice of the handling time, one extended and still being handled. Names and
 * contacts are invented demo data, loaded by the seed command alone. Idempotent (by code).
 */
export async function seedInformationRequests(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const agency = agencyIds.get('so-nong-nghiep-va-moi-truong')
  if (!agency) return 0
  const cal = vnCalendar()
  const rule = REQUEST_DEADLINES.online
  const today = toISODate(new Date())
  const at = (d: string) => `${d}T09:00:00.000+07:00`
  const token = () => followToken((n) => new Uint8Array(randomBytes(n)))

  const providedReceived = cal.addWorkingDays(addDays(today, -45), 0)
  const providedNotice = cal.addWorkingDays(providedReceived, 2)
  const providedClosed = cal.addWorkingDays(providedReceived, 9)
  const providedDue = requestDeadlines(rule, { receivedOn: providedReceived, noticeSentOn: providedNotice }, cal)
  const provided = outcome({ receivedOn: providedReceived, closedOn: providedClosed, due: providedDue.due }, cal)

  const extendedReceived = cal.addWorkingDays(addDays(today, -14), 0)
  const extendedNotice = cal.addWorkingDays(extendedReceived, 3)
  const extendedOn = cal.addWorkingDays(extendedReceived, 8)
  const extendedDue = requestDeadlines(rule, { receivedOn: extendedReceived, noticeSentOn: extendedNotice, extensionDays: 10 }, cal)

  const requests: Omit<InformationRequest, 'id' | 'createdAt' | 'updatedAt'>[] = [
    {
      code: 'TT-2026-DEMTT2',
      state: 'provided',
      agency,
      channel: 'online',
      receivedOn: providedReceived,
      noticeDue: null,
      dueOn: providedDue.due,
      closedOn: providedClosed,
      dueBasis: providedDue.basis,
      daysTaken: provided.daysTaken,
      onTime: provided.onTime,
      extensionDays: 0,
      publicSummary: 'Quyết định phê duyệt phương án bồi thường, hỗ trợ tái định cư dự án đường ven biển đoạn qua xã Thạch Hải',
      requesterKind: 'citizen',
      requesterName: 'Lê Văn Thành',
      residence: 'Xã Thạch Hải, tỉnh Hà Tĩnh',
      identityNumber: '042080001234',
      email: 'thanh.demo@example.vn',
      information: 'Quyết định phê duyệt phương án bồi thường, hỗ trợ, tái định cư của dự án đường ven biển đoạn qua xã Thạch Hải, kèm bảng giá đất áp dụng.',
      documentName: 'Quyết định phê duyệt phương án bồi thường dự án đường ven biển',
      delivery: 'email',
      purpose: 'Biết mức bồi thường đối với thửa đất của gia đình.',
      note: 'Đã gửi bản sao quyết định và bảng giá đất qua thư điện tử.',
      followToken: token(),
      history: [
        { action: 'received', at: at(providedReceived), by: 'public' },
        { action: 'sendNotice', at: at(providedNotice), by: 'demo', note: 'Thông tin cần tổng hợp từ hồ sơ dự án; thời hạn giải quyết 15 ngày làm việc.' },
        { action: 'provide', at: at(providedClosed), by: 'demo', note: 'Đã gửi bản sao quyết định và bảng giá đất qua thư điện tử.' },
      ],
    },
    {
      code: 'TT-2026-DEMTT3',
      state: 'extended',
      agency,
      channel: 'online',
      receivedOn: extendedReceived,
      noticeDue: extendedDue.noticeDue,
      dueOn: extendedDue.due,
      dueBasis: extendedDue.basis,
      extensionDays: 10,
      publicSummary: 'Kết quả quan trắc chất lượng nước sông Rào Cái năm 2025',
      requesterKind: 'organisation',
      requesterName: 'Phạm Thị Hòa',
      organisation: 'Hợp tác xã nuôi trồng thủy sản Cẩm Xuyên',
      residence: 'Xã Cẩm Xuyên, tỉnh Hà Tĩnh',
      identityNumber: '042185005678',
      email: 'hoa.demo@example.vn',
      phone: '0912345678',
      information: 'Số liệu quan trắc chất lượng nước sông Rào Cái các quý năm 2025 tại các điểm gần vùng nuôi của hợp tác xã.',
      delivery: 'email',
      purpose: 'Đánh giá ảnh hưởng đến vùng nuôi trồng thủy sản của hợp tác xã.',
      note: 'Số liệu của nhiều đợt quan trắc cần tổng hợp từ hai đơn vị.',
      followToken: token(),
      history: [
        { action: 'received', at: at(extendedReceived), by: 'public' },
        { action: 'sendNotice', at: at(extendedNotice), by: 'demo', note: 'Thời hạn giải quyết 15 ngày làm việc.' },
        { action: 'extend', at: at(extendedOn), by: 'demo', note: 'Số liệu của nhiều đợt quan trắc cần tổng hợp từ hai đơn vị.' },
      ],
    },
  ]
  for (const data of requests) {
    const existing = await payload.find({ collection: 'information-requests', where: { code: { equals: data.code } }, limit: 1, depth: 0, ...SYSTEM })
    if (existing.docs[0]) await payload.update({ collection: 'information-requests', id: existing.docs[0].id, data, depth: 0, ...SYSTEM })
    else await payload.create({ collection: 'information-requests', data, depth: 0, ...SYSTEM })
  }
  return requests.length
}
