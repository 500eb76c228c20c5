import { english } from './script-english.ts';
import { hindi } from './script-hindi.ts';
import { hinglish } from './script-hinglish.ts';

/** Call scripts by transcript language. */
export const SCRIPTS = { en: english, hi: hindi, hinglish } as const;
