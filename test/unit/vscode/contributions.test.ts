import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CATEGORY_COLORS } from '../../../src/presentation/highlightColors';
import { HIGHLIGHT_CATEGORIES, HIGHLIGHT_SETTING } from '../../../src/presentation/highlightPlan';
import { ROOT } from '../paths';

interface ColorContribution {
  id: string;
  description: string;
  defaults: Record<string, string>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package.json contributions for highlights', () => {
  it('contributes every colour the highlights use, with light, dark and both high-contrast defaults', () => {
    const colors = new Map<string, ColorContribution>(manifest.contributes.colors.map((c: ColorContribution) => [c.id, c]));
    const used = HIGHLIGHT_CATEGORIES.flatMap((c) => Object.values(CATEGORY_COLORS[c]));
    assert.ok(used.length >= HIGHLIGHT_CATEGORIES.length);
    for (const id of used) {
      const color = colors.get(id);
      assert.ok(color, `${id} is not contributed`);
      assert.ok(color.description.length > 10, id);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) {
        assert.match(color.defaults[theme] ?? '', /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${id} ${theme}`);
      }
    }
  });

  it('declares a boolean setting, on by default, for every highlight category', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const category of HIGHLIGHT_CATEGORIES) {
      const setting = properties[`newsAnnotator.highlight.${HIGHLIGHT_SETTING[category]}`];
      assert.ok(setting, category);
      assert.strictEqual(setting.type, 'boolean');
      assert.strictEqual(setting.default, true);
    }
  });

  it('activates on articles and on plain text (to detect .txt articles), never at start-up', () => {
    const events: string[] = manifest.activationEvents;
    assert.ok(events.includes('onLanguage:news-article'));
    assert.ok(events.includes('onLanguage:plaintext'));
    assert.ok(!events.some((e) => e === '*' || e.startsWith('onStartupFinished') || e.startsWith('workspaceContains')));
  });
});
