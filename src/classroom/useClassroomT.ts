/** useTranslation with the classroom's strings registered first. */
import { useTranslation } from 'react-i18next';
import { registerClassroomStrings } from './strings';

export function useClassroomT() {
  registerClassroomStrings(); // idempotent; after i18next.init (which would replace earlier bundles)
  return useTranslation();
}
