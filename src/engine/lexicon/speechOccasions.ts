// Where and through what speech is made: "in a statement", "during a speech", "at a rally".
import { words } from './words';

/** Media of speech: "in a statement", "during a speech", "in an interview with …". */
export const SPEECH_MEDIA = words(`
  speech speeches interview interviews statement tweet tweets post email letter op-ed column appearance broadcast
  conference briefing video podcast remarks`);

/** Occasions of speech, which may also be what the reported clause is about ("will speak at a rally"). */
export const SPEECH_OCCASIONS = words(SPEECH_MEDIA, 'rally rallies debate event hearing meeting show program');
