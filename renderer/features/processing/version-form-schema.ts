/** The edit form of one activity: the activity itself, the day the new version takes effect, and why. */
import { z } from 'zod';
import type { ProcessingActivity } from '../../../shared/processing/model';
import { activitySchema, day } from '../../../shared/processing/schema';

export const versionFormSchema = z.object({
  activity: activitySchema,
  effectiveFrom: day,
  note: z.string().trim().min(1, { message: 'reg.error.required' }).max(2000, { message: 'reg.error.long' }),
});
export type VersionFormInput = z.input<typeof versionFormSchema>;
export type VersionFormOutput = z.output<typeof versionFormSchema>;

const emptyBilingual = () => ({ kk: '', ru: '' });

export const emptyActivity = (): ProcessingActivity => ({
  id: '',
  purpose: emptyBilingual(),
  legalBasis: { kind: 'contract', citation: emptyBilingual() },
  subjectCategories: emptyBilingual(),
  dataCategories: emptyBilingual(),
  dataList: emptyBilingual(),
  sources: emptyBilingual(),
  methods: emptyBilingual(),
  retention: { amount: 5, unit: 'years', runsFrom: 'end-of-relationship', basis: emptyBilingual() },
  parties: [],
  crossBorder: [],
  systems: [{ name: '', databaseLocation: '', country: 'KZ' }],
});
