import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { SpeakerFolderNode, SpeakerNode } from '../../src/vscode/views/speakersTree';
import { closeAllEditors, editorApi, writeAndOpen } from './editorFixtures';
import { labelOf, showInViews } from './viewFixtures';
import { waitFor } from './extensionUnderTest';

// Speaker identity in the real editor: the Speakers view files each claim under the right person or
// organization (a bare surname, "Mrs.", a pronoun, an organization descriptor, an unnamed source).
const ARTICLE = [
  'date 2024-05-06',
  '',
  'Former President Joe Roe campaigned in Flint on Monday for his wife, Ann Roe, who is running for governor.',
  '',
  '“It does not work,” Roe said.',
  '',
  '“It is the craziest thing,” he said.',
  '',
  '“We will win,” Mrs. Roe said.',
  '',
  'The Federal Aviation Administration grounded the planes on Tuesday. The agency said the checks would take a week.',
  '',
  'Mrs. Roe\'s aides said she would not attend.',
  '',
].join('\n');

describe('Speaker identity in the Speakers view', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
  });
  after(closeAllEditors);

  it('files surname, pronoun, title and descriptor claims under the right speaker, an unnamed source under its words', async () => {
    const doc = await writeAndOpen('speaker-identity.article', ARTICLE);
    await showInViews(api, doc);
    const rows = (api.speakers.getChildren() as SpeakerNode[]).map((n) => {
      const item = api.speakers.getTreeItem(n);
      return [labelOf(item), item.description];
    });
    assert.deepStrictEqual(rows, [
      ['Joe Roe', '2 claims'],
      ['Ann Roe', '1 claim'],
      ['Federal Aviation Administration', '1 claim'],
      ['Mrs. Roe\'s aides', '1 claim'],
    ]);
  });

  it('files a claim of speakers named together under both names, however the cue writes them', async () => {
    const text = ['date 2024-05-06', '', 'Joe Roe and Ann Lee met the mayor in May.', '', 'Mr. Roe and Ms. Lee said the rules were unfair.', '', '“We will appeal,” said Roe and Lee.', ''].join('\n');
    const doc = await writeAndOpen('speakers-together.article', text);
    await showInViews(api, doc);
    const rows = (api.speakers.getChildren() as SpeakerNode[]).map((n) => {
      const item = api.speakers.getTreeItem(n);
      return [labelOf(item), item.description];
    });
    assert.deepStrictEqual(rows, [['Joe Roe and Ann Lee', '2 claims']]);
  });

  it('files speakers named together with the named people, not the unnamed sources, when the view groups by type', async () => {
    const text = ['date 2024-05-06', '', 'Joe Roe and Ann Lee met the mayor in May.', '', 'Mr. Roe and Ms. Lee said the rules were unfair.', '', 'Officials said the plan would change.', ''].join('\n');
    const doc = await writeAndOpen('speakers-together-grouped.article', text);
    await showInViews(api, doc);
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('speakers.groupBy', 'type', vscode.ConfigurationTarget.Global);
    try {
      const folderNamed = (title: string) =>
        (api.speakers.getChildren() as SpeakerFolderNode[]).find((n) => n.type === 'folder' && n.folder.title === title);
      await waitFor('folders by type', () => !!folderNamed('Named people'));
      const names = (title: string) => api.speakers.getChildren(folderNamed(title)).map((n) => labelOf(api.speakers.getTreeItem(n)));
      assert.deepStrictEqual(names('Named people'), ['Joe Roe and Ann Lee']);
      assert.deepStrictEqual(names('Unnamed sources'), ['Officials']);
    } finally {
      await config.update('speakers.groupBy', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
