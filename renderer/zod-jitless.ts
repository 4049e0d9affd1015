/**
 * Imported first by main.tsx: the CSP forbids eval, so zod must never probe for it nor compile parsers
 * with new Function — not even in a module that parses while it is being imported.
 */
import { config } from 'zod';

config({ jitless: true });
