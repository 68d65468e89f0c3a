import { useI18n } from 'vue-i18n'

/** A unit as the current language writes it (件 → cases); unknown units stay as they are. */
export function useUnitLabel() {
  const { t, te } = useI18n()
  return (unit: string) => (unit !== '' && te(`unit.${unit}`)
    ? t(`unit.${unit}`)
    : unit)
}
