/** The sections of Settings, each with its own address (#/settings/<id>) and place in the navigation column. */
export const SETTINGS_SECTIONS = ['general', 'calendar', 'terms', 'profile', 'grounds', 'acts', 'backup', 'lock', 'help', 'about'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const isSettingsSection = (value: string): value is SettingsSection => (SETTINGS_SECTIONS as readonly string[]).includes(value);
