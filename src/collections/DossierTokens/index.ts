import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type FieldHook } from 'payload'
import { adminOnlyField } from '@/access/fields'
import { isAdmin } from '@/access/roles'
import { generateToken, hashToken } from '@/lib/dossiers/secrets'

/**
 * Push-API tokens: one active token per agency, issued by an admin, revocable, stored as a hash.
 * The token itself is in the answer to the create request only ("Mã truy cập" right after
 * saving); lose it and issue a new one.
 */
const issue: CollectionBeforeChangeHook = async ({ operation, data, req, originalDoc }) => {
  if (operation === 'create') {
    const agency = typeof data.agency === 'object' && data.agency ? data.agency.id : data.agency
    const active = await req.payload.count({ collection: 'dossier-tokens', where: { and: [{ agency: { equals: agency } }, { revoked: { not_equals: true } }] }, overrideAccess: true, req })
    if (active.totalDocs > 0) {
      throw new APIError(
        req.i18n.language === 'en' ? 'This agency already has an active token: revoke it first, then issue a new one.' : 'Cơ quan này đã có mã đang dùng: thu hồi mã cũ trước khi cấp mã mới.',
        400,
        undefined,
        true,
      )
    }
    const token = generateToken()
    req.context.issuedToken = token
    return { ...data, tokenHash: hashToken(token), tokenHint: token.slice(0, 9), revoked: false, revokedAt: null }
  }
  // A token's agency and hash never change; revoking is one way.
  const revoked = Boolean(originalDoc?.revoked) || Boolean(data.revoked)
  return {
    ...data,
    agency: originalDoc?.agency,
    tokenHash: originalDoc?.tokenHash,
    tokenHint: originalDoc?.tokenHint,
    revoked,
    revokedAt: revoked ? (originalDoc?.revokedAt ?? new Date().toISOString()) : null,
  }
}

/** The token, in the create answer only (never stored). */
const showOnce: FieldHook = ({ req }) => (typeof req.context?.issuedToken === 'string' ? req.context.issuedToken : undefined)

export const DossierTokens: CollectionConfig = {
  slug: 'dossier-tokens',
  labels: { singular: { vi: 'Mã truy cập API hồ sơ', en: 'Dossier API token' }, plural: { vi: 'Mã truy cập API hồ sơ', en: 'Dossier API tokens' } },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'agency', 'tokenHint', 'revoked', 'lastUsedAt'],
    group: { vi: 'Dịch vụ công', en: 'Public services' },
    description: {
      vi: 'Hệ thống một cửa của mỗi cơ quan gửi hồ sơ vào cổng bằng một mã (POST /api/dossiers/push, tiêu đề Authorization: Bearer <mã>). Mã chỉ hiện một lần ngay sau khi tạo; thu hồi khi lộ mã.',
      en: "Each agency's one-stop system pushes dossiers with one token (POST /api/dossiers/push, header Authorization: Bearer <token>). The token is shown once, right after it is issued; revoke it if it leaks.",
    },
  },
  access: {
    read: ({ req: { user } }) => isAdmin(user),
    create: ({ req: { user } }) => isAdmin(user),
    update: ({ req: { user } }) => isAdmin(user),
    delete: () => false,
  },
  hooks: { beforeChange: [issue] },
  fields: [
    { name: 'label', type: 'text', required: true, label: { vi: 'Tên gợi nhớ', en: 'Label' }, admin: { placeholder: 'Hệ thống một cửa Sở KH&CN' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { vi: 'Cơ quan', en: 'Agency' } },
    {
      name: 'token',
      type: 'text',
      virtual: true,
      label: { vi: 'Mã truy cập (chỉ hiện một lần)', en: 'Token (shown once)' },
      admin: { readOnly: true, description: { vi: 'Sao chép ngay: cổng chỉ lưu bản băm của mã.', en: 'Copy it now: the portal keeps only a hash of it.' } },
      hooks: { afterRead: [showOnce] },
    },
    { name: 'tokenHash', type: 'text', hidden: true, index: true, access: { update: adminOnlyField } },
    { name: 'tokenHint', type: 'text', label: { vi: 'Đầu mã', en: 'Token begins with' }, admin: { readOnly: true } },
    { name: 'revoked', type: 'checkbox', defaultValue: false, index: true, label: { vi: 'Đã thu hồi', en: 'Revoked' }, admin: { position: 'sidebar', description: { vi: 'Đánh dấu để thu hồi; không bỏ thu hồi được.', en: 'Tick to revoke; a revoked token cannot be restored.' } } },
    { name: 'revokedAt', type: 'date', label: { vi: 'Thu hồi lúc', en: 'Revoked at' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'lastUsedAt', type: 'date', label: { vi: 'Dùng lần cuối', en: 'Last used' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
