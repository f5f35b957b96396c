import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../paths';

interface MenuItem {
  command?: string;
  submenu?: string;
  when?: string;
}

const { contributes } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const menus = contributes.menus as Record<string, MenuItem[]>;

/** The correction commands issue 11 lists, with the view whose items they act on (none: selection or navigation). */
const CORRECTIONS: Record<string, 'speakers' | 'entities' | null> = {
  reassignSpeaker: 'speakers',
  markNotClaim: 'speakers',
  addClaim: null,
  setClaimKind: 'speakers',
  setClaimSpan: null,
  acceptClaim: 'speakers',
  addEntity: null,
  retypeEntity: 'entities',
  notAnEntity: 'entities',
  mergeEntities: 'entities',
  splitMention: 'entities',
  acceptEntity: 'entities',
  nextUnreviewed: null,
};

describe('package.json contributions for corrections', () => {
  it('lists every correction under News in the palette, in the editor\'s News Corrections submenu, and in its view\'s context menu', () => {
    const submenu = menus['editor/context'].find((m) => m.submenu)?.submenu;
    assert.ok(submenu && contributes.submenus.some((s: { id: string }) => s.id === submenu), 'the editor context menu has a News submenu');
    for (const [name, view] of Object.entries(CORRECTIONS)) {
      const id = `newsAnnotator.${name}`;
      const command = contributes.commands.find((c: { command: string }) => c.command === id);
      assert.strictEqual(command?.category, 'News', id);
      assert.notStrictEqual(menus.commandPalette.find((m) => m.command === id)?.when, 'false', `${id} is in the palette`);
      assert.ok(menus[submenu].some((m) => m.command === id), `${id} in the editor's submenu`);
      if (view) assert.ok(menus['view/item/context'].some((m) => m.command === id && m.when?.includes(`view == newsAnnotator.${view}`)), `${id} in the ${view} view's menu`);
    }
  });

  it('offers the Orphaned Corrections view only while there are orphans, with Re-attach and Drop on its items', () => {
    const view = contributes.views.newsAnnotator.find((v: { id: string }) => v.id === 'newsAnnotator.orphans');
    assert.strictEqual(view?.when, 'newsAnnotator.hasOrphans');
    for (const id of ['newsAnnotator.reattachOrphan', 'newsAnnotator.dropOrphan']) {
      assert.ok(menus['view/item/context'].some((m) => m.command === id && m.when?.includes('view == newsAnnotator.orphans')), id);
    }
  });
});
