import { useMemo } from 'react';
import { REQUEST_TYPE_DEFINITIONS } from '../../../shared/rules/request-types';
import { useApp } from '../../app/app-context';
import type { RequestTypeOption } from './IntakeForm';

/** Request types of the KZ and RF rule packs, labelled in the interface language. */
export function useRequestTypes(): readonly RequestTypeOption[] {
  const { settings } = useApp();
  return useMemo(() => REQUEST_TYPE_DEFINITIONS.map((d) => ({ id: d.id, label: d.label[settings.locale] })), [settings.locale]);
}
