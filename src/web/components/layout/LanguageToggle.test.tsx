import { act, cleanup, render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { LanguageToggle } from './LanguageToggle';

afterEach(async () => {
  cleanup();
  localStorage.removeItem('mestring.language');
  await act(() => i18n.changeLanguage('da'));
});

function Header() {
  const { t } = useTranslation();
  return (
    <>
      <button type="button">{t('common.layout.logout')}</button>
      <LanguageToggle />
    </>
  );
}

describe('LanguageToggle', () => {
  it('starts in Danish although the browser asks for English', () => {
    // jsdom's navigator.language is en-US: nothing detects it.
    expect(navigator.language).toMatch(/^en/);
    render(<Header />);
    expect(screen.getByRole('button', { name: 'Log ud' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
  });

  it('switches to English and back, remembering the choice in this browser', async () => {
    render(<Header />);
    await act(async () => screen.getByRole('button', { name: 'English' }).click());
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dansk' }).getAttribute('lang')).toBe('da');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('mestring.language')).toBe('en');

    await act(async () => screen.getByRole('button', { name: 'Dansk' }).click());
    expect(screen.getByRole('button', { name: 'Log ud' })).toBeTruthy();
    expect(localStorage.getItem('mestring.language')).toBe('da');
  });
});
