/** Strings of the appearance setting: light, dark or as the system (en). */
export const appearanceEn = {
  'settings.theme': 'Appearance',
  'settings.theme.system': 'As the system (light or dark)',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.hint': 'Applies at once on this computer. “As the system” follows the light or dark setting of the operating system.',
} as const;
