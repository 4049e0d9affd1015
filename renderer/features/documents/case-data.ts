/** What a destruction act starts from when the DPO has not saved act defaults yet. */
import type { ActDefaults, OrgProfileSetting } from '../../../shared/documents/profile-schema';

/** The act defaults the DPO saved, or the DPO alone destroying and chairing until they do. */
export const effectiveActDefaults = (saved: ActDefaults | null, profile: OrgProfileSetting): ActDefaults =>
  saved ?? {
    destroyedBy: [{ name: profile.dpo.name, position: profile.dpo.position }],
    commission: [{ name: profile.dpo.name, position: profile.dpo.position, role: 'chair' }],
    informationSystems: [],
    categories: [],
    methods: ['database-deletion'],
    processor: { name: { kk: '', ru: '' }, address: { kk: '', ru: '' } },
  };
