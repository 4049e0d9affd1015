/** The appearance setting travels in backups: its three values are accepted at restore, anything else refused. */
import { describe, expect, it } from 'vitest';
import { settingValueProblem } from '../../../shared/backup/setting-schemas';
import { THEMES, isTheme } from '../../../shared/theme';

describe('theme setting', () => {
  it('accepts system, light and dark; refuses another value', () => {
    for (const theme of THEMES) expect(settingValueProblem('theme', theme)).toBeUndefined();
    expect(settingValueProblem('theme', 'sepia')).toBeDefined();
    expect(settingValueProblem('theme', null)).toBeDefined();
    expect(isTheme('dark')).toBe(true);
    expect(isTheme('Dark')).toBe(false);
  });
});
