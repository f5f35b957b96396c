import { lineResult, lineTexts } from '../lineCache';
import { withAddressNames } from './addressNames';
import type { Entity, Span } from '../types';
import { withoutCommonWords } from './casing';
import { typeTownsOutsideSports } from './cityTeams';
import { withCoordinatedNamesSplit } from './coordinatedNames';
import { typeByDefinitions } from './definitions';
import { withConfirmedOrganizations } from './doubtedOrganizations';
import { withHeadReferences } from './headReferences';
import { findLineMentions } from './local';
import { withoutLonePersons } from './lonePersons';
import type { LineMention } from './lineMention';
import { mergeMentions, unifyTypes } from './merge';
import { spreadNames } from './spread';
import { withoutWebNonNames } from './webNonNames';
import { withSpeakingName } from './speakingNames';
import { withSignOffNames } from './signOffs';
import { withoutThingAbbreviations } from './thingAbbreviations';

/**
 * A line's mentions (offsets in the line) with their texts, which an incremental analysis keeps with them. All
 * of one shape, as are their copies below: the document stages then read every mention the same quick way.
 */
function lineMentions(line: string): LineMention[] {
  return withSpeakingName(line, withoutWebNonNames(line, withAddressNames(line, findLineMentions(line)))).map((m) => ({ start: m.start, end: m.end, type: m.type, ownerStart: m.ownerStart, sure: m.sure, typeLead: m.typeLead, doubted: m.doubted, text: line.slice(m.start, m.end) }));
}

/**
 * Finds the named entities of a text (people, organizations, places, dates, handles, hashtags, URLs) and
 * merges their mentions. `lines` are the text's lines (see splitLines): a per-line pass that depends on each
 * line's text alone, then a cheap global merge.
 */
export function findEntities(text: string, lines: Span[]): Entity[] {
  const mentions: LineMention[] = [];
  const texts = lineTexts(text, lines);
  for (let li = 0; li < lines.length; li++) {
    const start = Math.max(0, Math.min(lines[li].start, text.length));
    // The line's mentions depend on its text alone: an incremental analysis reuses them (see ../lineCache).
    for (const m of lineResult('entities', texts[li], lineMentions)) {
      const ownerStart = m.ownerStart === undefined ? undefined : m.ownerStart + start;
      mentions.push({ start: m.start + start, end: m.end + start, type: m.type, ownerStart, sure: m.sure, typeLead: m.typeLead, doubted: m.doubted, text: m.text });
    }
  }
  const found = withCoordinatedNamesSplit(text, withConfirmedOrganizations(text, withSignOffNames(text, lines, withoutThingAbbreviations(text, mentions))));
  typeTownsOutsideSports(text, found);
  // Types are settled before names spread, so that spread copies do not vote.
  unifyTypes(text, found);
  // A definition in the text ("Vestra Holm is a chain of hypermarkets") outweighs the tagger's votes.
  typeByDefinitions(text, found);
  // An organization's head noun written alone after its full name ("the League") joins it, after names spread so
  // that the head noun is not spread as a name of its own.
  return mergeMentions(text, withHeadReferences(text, withoutLonePersons(text, spreadNames(text, lines, withoutCommonWords(text, lines, found)))));
}
