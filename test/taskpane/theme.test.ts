import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentTheme, isDarkColor, themeKindFromOffice } from '../../src/taskpane/theme';

describe('isDarkColor', () => {
  it.each([
    ['#FFFFFF', false], // Office "White" and "Colorful" body
    ['#F3F2F1', false],
    ['#E6E6E6', false],
    ['#262626', true], // Office "Dark Gray"
    ['#1F1F1F', true], // Office "Black"
    ['#000', true],
    ['#fff', false],
    ['444444', true], // Office sometimes omits the '#'
    // Either side of the boundary: white text contrasts better on #757575 (4.61:1 against 4.56:1),
    // black text on #767676 (4.62:1 against 4.54:1).
    ['#757575', true],
    ['#767676', false],
  ])('%s → %s', (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });

  it('cannot read what is not a hex colour', () => {
    expect(isDarkColor('')).toBeUndefined();
    expect(isDarkColor('black')).toBeUndefined();
    expect(isDarkColor('#12345')).toBeUndefined();
  });
});

describe('themeKindFromOffice', () => {
  it('follows the body background Office reports', () => {
    expect(themeKindFromOffice({ bodyBackgroundColor: '#262626', isDarkTheme: false })).toBe('dark');
    expect(themeKindFromOffice({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe('light');
  });

  it('falls back on isDarkTheme when there is no readable colour', () => {
    expect(themeKindFromOffice({ bodyBackgroundColor: '', isDarkTheme: true })).toBe('dark');
    expect(themeKindFromOffice({ isDarkTheme: false })).toBe('light');
  });

  it('has no opinion outside Office', () => {
    expect(themeKindFromOffice(undefined)).toBeUndefined();
    expect(themeKindFromOffice({})).toBeUndefined();
  });
});

describe('fluentTheme', () => {
  it('maps the kind to the Fluent web themes', () => {
    expect(fluentTheme('dark')).toBe(webDarkTheme);
    expect(fluentTheme('light')).toBe(webLightTheme);
  });
});
