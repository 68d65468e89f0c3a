import type { GlobalThemeOverrides } from 'naive-ui'
import type { Theme } from '../data/query'

/**
 * Naive UI overrides per theme. Naive's default green fails WCAG AA contrast
 * for white button text and small links; this blue passes in both themes.
 */
export const THEME_OVERRIDES: Record<Theme, GlobalThemeOverrides> = {
  light: {
    common: {
      primaryColor: '#1d5fbf',
      primaryColorHover: '#2f6fd0',
      primaryColorPressed: '#164c99',
      primaryColorSuppl: '#2f6fd0',
      fontFamily: 'system-ui, -apple-system, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    },
  },
  dark: {
    common: {
      primaryColor: '#7cb0ff',
      primaryColorHover: '#9cc3ff',
      primaryColorPressed: '#5a95ec',
      primaryColorSuppl: '#9cc3ff',
      fontFamily: 'system-ui, -apple-system, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    },
  },
}
