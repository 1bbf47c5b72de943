/** The classroom's strings in the page's current language (which i18next decides). */
import { useTranslation } from 'react-i18next';
import { classroomText } from './strings';

export function useClassroomT() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const t = (key: string, params?: Record<string, string | number>): string => classroomText(lang, key, params);
  return { t, i18n, lang };
}
