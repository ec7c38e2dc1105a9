import React from 'react'

/**
 * The province's mark, drawn inline (nothing is loaded from another origin): a red disc with a
 * gold star above the mountain and river of Hà Tĩnh (Hồng Lĩnh range, La river).
 */
export function Emblem({ size = 40, title }: { size?: number; title?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role={title ? 'img' : undefined} aria-hidden={title ? undefined : true} aria-label={title}>
      <circle cx="32" cy="32" r="31" fill="#c8102e" stroke="#f5c518" strokeWidth="2" />
      <polygon fill="#f5c518" points="32,9 35.5,19.5 46.5,19.5 37.5,26 41,36.5 32,30 23,36.5 26.5,26 17.5,19.5 28.5,19.5" />
      <path d="M10 46 L22 34 L30 41 L40 30 L54 46 Z" fill="#f5c518" />
      <path d="M10 50 Q21 45 32 50 T54 50" fill="none" stroke="#ffffff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  )
}
