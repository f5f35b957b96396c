// The small article most editor tests open; no Node or vscode import, so the web suite (test/web) shares it.
/** An article with obvious content: one direct quote with "said" and a named speaker, a place, a date. */
export const BRIDGE_ARTICLE = [
  'date 2024-05-06',
  '',
  '“We will finish the new bridge before winter,” said Maria Lopez, the mayor of Springfield.',
  '',
  'The city council met in Springfield on Tuesday to approve the budget.',
  '',
].join('\n');
